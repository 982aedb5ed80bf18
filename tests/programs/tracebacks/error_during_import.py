# An exception raised while a module is being imported shows frames inside the module.
print("before import")
from _modules import raises_on_import
