# AttributeError on a module with a suggestion from the module's names.
import math
print(math.floor(2.5))
print(math.sqrtt(16))
