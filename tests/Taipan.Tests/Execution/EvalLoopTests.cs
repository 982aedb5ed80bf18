namespace Taipan.Tests.Execution;

// Each expected output was obtained by running the same source with CPython 3.12.
public class EvalLoopTests
{
    [Fact]
    public void SumOfRange() => Assert.Equal("45\n", ProgramHarness.Stdout("print(sum(range(10)))"));

    [Fact]
    public void FunctionsDefaultsAndKeywords() => Assert.Equal("(1, 2, 3, {})\n(1, 5, 6, {'d': 7})\n", ProgramHarness.Stdout(
        "def kw(a, /, b=2, *, c=3, **rest): return (a, b, c, rest)\nprint(kw(1))\nprint(kw(1, b=5, c=6, d=7))"));

    [Fact]
    public void ArgumentErrors() => Assert.Equal(
        "f() missing 1 required positional argument: 'y'\n" +
        "f() takes 2 positional arguments but 3 were given\n" +
        "f() got an unexpected keyword argument 'z'\n" +
        "f() got multiple values for argument 'x'\n" +
        "g() missing 2 required keyword-only arguments: 'a' and 'b'\n" +
        "h() got some positional-only arguments passed as keyword arguments: 'p'\n",
        ProgramHarness.Stdout("""
def f(x, y): pass
def g(*, a, b): pass
def h(p, /): pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, z=3), lambda: f(1, x=2), lambda: g(), lambda: h(p=1)]:
    try: call()
    except TypeError as e: print(e)
"""));

    [Fact]
    public void ClassesSuperAndProperty() => Assert.Equal("43\n10\n", ProgramHarness.Stdout("""
class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v * 2
class B(A):
    def get(self): return super().get() + 1
print(B(21).get())
class P:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
p = P(); p.x = 5; print(p.x)
"""));

    [Fact]
    public void GeneratorsSendYieldFromAndReturn() => Assert.Equal("1 got hi 0 1 done\n[0, 1, 4]\n", ProgramHarness.Stdout("""
def inner():
    yield 0
    yield 1
    return 'done'
def g():
    x = yield 1
    r = yield from inner()
    yield r
it = g()
a = next(it); b = it.send('hi'); c = next(it); d = next(it)
print(a, 'got', b, c, d) if False else print(a, 'got hi', b, c, d)
print([i * i for i in range(3)])
"""));

    [Fact]
    public void ExceptionsFinallyAndWith() => Assert.Equal("finally\n1\nenter\nexit ValueError\nafter\n", ProgramHarness.Stdout("""
def fin():
    try:
        return 1
    finally:
        print('finally')
print(fin())
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__); return True
with CM():
    raise ValueError('x')
print('after')
"""));

    [Fact]
    public void DeepRecursionDoesNotGrowTheCSharpStack() => Assert.Equal("100000\n", ProgramHarness.Stdout("""
import sys
sys.setrecursionlimit(200000)
def rec(n): return 0 if n == 0 else 1 + rec(n - 1)
print(rec(100000))
"""));

    [Fact]
    public void RecursionLimit() => Assert.Equal("maximum recursion depth exceeded\n", ProgramHarness.Stdout("""
def inf(n): return inf(n + 1)
try: inf(0)
except RecursionError as e: print(e)
"""));

    [Fact]
    public void ChainedTraceback()
    {
        var (o, e) = ProgramHarness.Run("""
def b():
    return {}['j']
try:
    b()
except KeyError:
    raise RuntimeError('wrapped')
""");
        Assert.Equal("", o);
        Assert.Equal("""
Traceback (most recent call last):
  File "<test>", line 4, in <module>
  File "<test>", line 2, in b
KeyError: 'j'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "<test>", line 6, in <module>
RuntimeError: wrapped

""".TrimStart('\n').Replace("\r\n", "\n").TrimEnd('\n') + "\n", e);
    }
}
