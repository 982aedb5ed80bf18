# Equality, ordering, hashing consistency, interning and str subclasses.
import sys
a = "hello world"
b = "".join(["hello", " ", "world"])
print(a == b, hash(a) == hash(b), sys.intern(b) is sys.intern(a))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", ""]))
print(sorted(["b", "a", "C"], key=str.lower), sorted(["aa", "b", "ccc"], key=len, reverse=True))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hi")
print(m, repr(m), m.shout(), type(m).__name__, type(m + "x").__name__, type(m[0]).__name__)
print(isinstance(m, str), m == "hi", hash(m) == hash("hi"), {m: 1}["hi"], str(m) is not m)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(Upper("abc"), len(Upper("abc")), Upper("x").lower(), type(Upper("x").lower()).__name__)
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3))
print("abc".__eq__(1), "abc".__lt__("abd"), "b".__gt__("a"), str.__mod__("%d", 5))
print("abc" < "abcd", "abd" > "abc", "a" * 3 == "aaa", "é" > "z")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")), "".join(reversed("abc")))
print(list(enumerate("ab")), list(zip("abc", "12")), dict.fromkeys("aba"))
print(str.__name__, str.__qualname__, str.join.__name__, str.join.__qualname__, type("".join).__name__)
