# An exception raised while executing a class body: the frame is named after the class.
class Config:
    defaults = {"a": 1}
    value = defaults["a"]
    print("value", value)
    missing = defaults["b"]
