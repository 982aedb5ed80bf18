# Selected attributes of built-in types and objects: presence of dunder methods and their owners.
checks = {
    "int": (int, ["__add__", "__index__", "bit_length", "to_bytes", "__floor__", "numerator"]),
    "str": (str, ["__mod__", "casefold", "removeprefix", "__getnewargs__", "format_map", "isascii"]),
    "list": (list, ["__iadd__", "__reversed__", "__class_getitem__", "sort", "__hash__"]),
    "dict": (dict, ["__or__", "__ror__", "__ior__", "__reversed__", "fromkeys", "__missing__"]),
    "tuple": (tuple, ["__getnewargs__", "index", "__iadd__", "__class_getitem__"]),
    "object": (object, ["__init_subclass__", "__subclasshook__", "__reduce_ex__", "__format__", "__dict__"]),
    "type": (type, ["__prepare__", "__instancecheck__", "mro", "__subclasses__", "__or__", "__dict__"]),
    "function": (type(lambda: 0), ["__get__", "__closure__", "__kwdefaults__", "__type_params__", "__builtins__"]),
    "generator": (type((x for x in ())), ["send", "throw", "close", "gi_yieldfrom", "gi_suspended", "__next__"]),
    "range": (range, ["start", "count", "index", "__reversed__", "__len__"]),
}
for name, (tp, attrs) in checks.items():
    print(name, [(a, hasattr(tp, a)) for a in attrs])
print(int.__add__.__qualname__, str.join.__objclass__.__name__, list.sort.__name__, dict.fromkeys.__self__.__name__)
print(type(int.__dict__["__add__"]).__name__, type(str.__dict__["join"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(int.__dict__["real"].__class__.__name__, type(type.__dict__["__dict__"]).__name__, object.__dict__["__class__"].__class__.__name__)
print(sorted(k for k in vars(bool) if not k.startswith("__")), sorted(k for k in vars(complex) if not k.startswith("__")))
print(len([k for k in dir(int) if not k.startswith("_")]), sorted(k for k in dir(float) if not k.startswith("_")))
