# Docstrings on modules, functions, classes and methods; comments never affect values; inspect.cleandoc.
"""Module docstring of this program."""
import inspect
def documented():
    """First line.

        Indented continuation.
    Back to base indent.
    """
def not_docstring():
    x = 1
    "a string expression statement, not a docstring"
    return x
def f_string_not_doc():
    f"""f-strings are never docstrings"""
class K:
    """Class doc."""
    def m(self):
        "Method doc."
    attr = 1  # trailing comment
print(__doc__, documented.__doc__.splitlines()[0], repr(inspect.getdoc(documented)))
print(not_docstring.__doc__, f_string_not_doc.__doc__, K.__doc__, K.m.__doc__, K().m.__doc__)
print(repr(inspect.cleandoc("   first\n      second\n    third  \n")))
lambda_doc = lambda: None
print(lambda_doc.__doc__)
lambda_doc.__doc__ = "assigned"
print(lambda_doc.__doc__)
def bytes_doc():
    b"bytes are not docstrings"
print(bytes_doc.__doc__)
def concat_doc():
    "implicitly " "concatenated"
print(concat_doc.__doc__)
x = 5  # a comment with 'quotes' and "quotes" and \backslashes
# print("commented out")
y = [1,  # comment inside brackets
     2]  # another
print(x, y)
import sys
print(sys.modules[__name__].__doc__ == __doc__, type(__doc__).__name__)
