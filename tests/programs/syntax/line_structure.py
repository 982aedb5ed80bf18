# Line structure: continuation, implicit joining, semicolons, comments, blank lines, tabs.
total = 1 + \
        2 + \
        3
print(total)
values = [1,
          2,   # comment inside brackets
          3]
print(values)
print("a"); print("b"); x = 1; print(x)
if x:
	print("tab indented block")
	if x:
		print("two tabs")
def f(
    a,
    b=2,
):
    return a + b
print(f(
    1,
))

# blank lines and comments are ignored
   # even indented comments
print({
    "k":
        "v"
})
text = ("implicitly "
        "joined")
print(text)
class A: x = 1; y = 2
print(A.x + A.y)
for i in range(2): print("loop", i)
while False: pass
print(__name__)
s = """a\
b"""
print(s)
lam = lambda: (
    "multi-line lambda body"
)
print(lam())
print(len("""
"""), repr("""\
"""))
