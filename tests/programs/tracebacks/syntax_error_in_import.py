# Importing a module with a syntax error: the import frame, then the SyntaxError with the module's path.
print("importing")
import _modules.bad_syntax
