# Helper module inside a subpackage.
from ..mathutil import square
sub_value = square(4)
def whoami():
    return __name__, __package__
