# An exception whose __str__ raises: CPython prints a placeholder for the message.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")
print("raising Weird")
raise Weird("payload")
