# json.dumps/loads output equals CPython's, including floats, escapes, indentation and errors.
import json
obj = {"name": "Zoë", "n": [1, -2, 3.0, 1e100, 1.5e-7, 0.1], "ok": True, "none": None, "nested": {"a": [], "b": {}}}
print(json.dumps(obj))
print(json.dumps(obj, ensure_ascii=False, sort_keys=True))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\u2028\n\t\"\\"), json.dumps("\U0001F600"))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps({1: "int key", 2.5: "float key", None: "n", True: "t"}))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"set": [1]}, default=list), json.dumps(set([1]), default=sorted))
print(json.loads('{"a": [1, 2.0, "x", null, true, false], "b": {"c": -0.0}}'))
print(json.loads("1e400"), json.loads("-Infinity"), json.loads('"\\ud83d\\ude00"'), json.loads("123456789012345678901234567890"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]", object_hook=None), json.loads('{"x": 1}', object_pairs_hook=list))
print(json.loads("1.5", parse_float=str), json.loads("7", parse_int=float))
for bad in ["", "{", "[1,]", "{'a': 1}", '{"a" 1}', "nul", "[1] x", '"\\x"', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e, e.pos, e.lineno, e.colno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 3j, cls=Enc), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(list(json.JSONDecoder().raw_decode('{"k": 1} trailing')))
