# ImportError for a misspelt name in a from-import, with its "Did you mean" suggestion.
import _tb_helper
print(_tb_helper.join("a", "b"), _tb_helper.RADIUS)
from _tb_helper import RADIU
