# string.Formatter: parse, custom get_value/convert_field/format_field, vformat.
import string
f = string.Formatter()
print(list(f.parse("a{0}b{name!r:>5}c{{}}d")))
print(f.format("{0}-{x}", 1, x=2), f.vformat("{a}{b}", (), {"a": "A", "b": "B"}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper() + "!"
        return super().convert_field(value, conversion)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<missing {key}>"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0} {x!u} {missing} {1:>6}", "abc", "de", x="hi"))
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError:", e)
try:
    f.format("{x}")
except KeyError as e:
    print("KeyError:", e)
print(string.Formatter().format("{0.real} {1[0]}", 3 + 4j, "xyz"), "{:{}}".format("x", 4) + "|")
t = string.Template("${a} costs $$${price}")
print(t.substitute(a="tea", price="2.50"), t.get_identifiers(), t.is_valid())
class Custom(string.Template):
    delimiter = "%"
print(Custom("%who is %{what}").substitute(who="it", what="here"))
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
