using System.Text;
using Taipan.Compiler;
using Taipan.Hosting;
using Taipan.Runtime;
using Taipan.Tests.Execution;

namespace Taipan.Tests.Runtime;

/// <summary>The code cache: an imported module runs the same from a cache entry, and bad entries are misses.</summary>
public sealed class CodeCacheTests : IDisposable
{
    const string Module = """
        BIG = 123456789012345678901234567890
        VALUES = (1, -5, 2.5, -0.0, 3j, "caf\u00e9", "\U0001F40D", b"\x00\xff", None, True, ..., frozenset())
        def gen(n):
            for i in range(n):
                try:
                    if i % 2:
                        raise ValueError(i)
                    yield i
                except ValueError as e:
                    yield -e.args[0]
        class C:
            def __init__(self, x, *, y=2):
                self.x = x + y
            def total(self):
                return sum(v for v in range(self.x) if v in {1, 3, 5})
        def closure():
            k = 10
            return lambda a, /, b=1: a * k + b
        def describe():
            return [BIG * 2, VALUES, list(gen(5)), C(4).total(), closure()(3), describe.__code__.co_firstlineno]

        """;

    // CPython 3.12: python3.12 -c 'import mod; print(mod.describe())'
    const string Expected = "[246913578024691357802469135780, (1, -5, 2.5, -0.0, 3j, 'café', '🐍', b'\\x00\\xff', None, True, Ellipsis, frozenset()), [0, -1, 2, -3, 4], 9, 31, 19]\n";

    readonly string _dir = Path.Combine(Path.GetTempPath(), "taipan-codecache-" + Guid.NewGuid().ToString("N"));
    string Src => Path.Combine(_dir, "src");
    string Cache => Path.Combine(_dir, "cache");

    public CodeCacheTests()
    {
        Directory.CreateDirectory(Src);
        File.WriteAllText(Path.Combine(Src, "mod.py"), Module);
    }

    public void Dispose() => Directory.Delete(_dir, true);

    (string Out, string Err) Run(bool dontWrite = false)
    {
        PythonCompiler.Register();
        var host = new CapturingHost();
        var interp = new Interpreter(new InterpreterOptions
        {
            Host = host, StdlibPath = "/nonexistent", ExtraPaths = [Src],
            CodeCacheStore = new DirectoryCodeCacheStore(Cache), DontWriteBytecode = dontWrite,
        });
        using (interp.Enter())
        {
            try { interp.RunString("import mod\nprint(mod.describe())", "<test>"); }
            catch (PyException e) { TracebackPrinter.PrintToStderr(interp, e.Value); }
            // sys.stdout is _io's TextIOWrapper when the io module is registered, else the VM's stand-in: flush either way.
            foreach (var name in new[] { "stdout", "stderr" })
                if (interp.SysAttr(name) is PyObject stream && Ops.TryGetAttr(stream, "flush") is PyObject flush) Ops.Call(flush);
        }
        return (Encoding.UTF8.GetString(host.Out.ToArray()), Encoding.UTF8.GetString(host.Err.ToArray()));
    }

    string[] Entries() => Directory.Exists(Cache) ? Directory.GetFiles(Cache) : [];

    [Fact]
    public void ModuleRunsTheSameFromTheCache()
    {
        Assert.Equal((Expected, ""), Run());
        var entry = Assert.Single(Entries());
        var written = File.GetLastWriteTimeUtc(entry);
        Assert.Equal((Expected, ""), Run());
        // A hit leaves the entry alone.
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
    }

    [Fact]
    public void ChangedSourceIsRecompiled()
    {
        Assert.Equal((Expected, ""), Run());
        File.AppendAllText(Path.Combine(Src, "mod.py"), "def describe():\n    return 'changed'\n");
        Assert.Equal(("changed\n", ""), Run());
        Assert.Equal(("changed\n", ""), Run());
    }

    [Fact]
    public void CorruptEntriesAreIgnored()
    {
        Assert.Equal((Expected, ""), Run());
        var entry = Assert.Single(Entries());
        var good = File.ReadAllBytes(entry);
        var rng = new Random(5);
        for (int trial = 0; trial < 40; trial++)
        {
            var bad = (byte[])good.Clone();
            if (trial % 4 == 0) bad = bad[..rng.Next(bad.Length)];
            else for (int k = 0; k < 3; k++) bad[rng.Next(bad.Length)] ^= (byte)(1 + rng.Next(255));
            File.WriteAllBytes(entry, bad);
            Assert.Equal((Expected, ""), Run(dontWrite: true));
        }
    }

    [Fact]
    public void DontWriteBytecodeWritesNothing()
    {
        Assert.Equal((Expected, ""), Run(dontWrite: true));
        Assert.Empty(Entries());
    }
}
