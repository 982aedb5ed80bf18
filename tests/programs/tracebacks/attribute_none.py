# AttributeError on None: the common "object has no attribute" with carets under the attribute.
import re
m = re.match(r"(\d+)", "abc")
print(m)
print(m.group(1))
