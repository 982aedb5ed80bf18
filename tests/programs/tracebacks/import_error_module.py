# ModuleNotFoundError for a top-level import, with no suggestion.
import json
print(json.dumps([1]))
import jsonn
