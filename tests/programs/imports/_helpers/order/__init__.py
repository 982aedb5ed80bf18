# Helper package that records the order in which its modules execute.
import sys
sys.modules["_helpers.order"].log = ["order/__init__ start"]
from . import first
from . import second
log.append("order/__init__ end")
