using System.Text;
using Taipan.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace Taipan.Tests.Syntax;

/// <summary>
/// Mutated source (flipped bytes, cut lines, dropped or inserted characters) must either parse or
/// fail with PythonSyntaxError: never another exception, a stack overflow or a hang.
/// </summary>
public class FuzzTests
{
    private readonly ITestOutputHelper _out;
    public FuzzTests(ITestOutputHelper output) { _out = output; }

    private const string Sample = """
import os, sys
from typing import (Any,
                    Callable)

@decorator(arg=1)
class Thing(Base, metaclass=Meta):
    '''Docstring with \N{BULLET} and \x41.'''
    field: int = 0

    def method(self, a, /, b=2, *args, c, d=4, **kw) -> "Thing":
        if a and not b or c is not None:
            return [x ** 2 for x in range(10) if x % 2]
        elif (n := len(args)) > 3:
            yield from args
        else:
            with open(a) as f, (g := 1):
                data = f.read()[1:-1:2]
        try:
            raise ValueError(f"bad {a!r:>{b}} {c=}") from None
        except* (TypeError, ValueError) as e:
            pass
        finally:
            del self.field
        match command.split():
            case [action, *rest] if action:
                pass
            case {"k": 1, **others} | Point(x=0, y=_):
                pass
        lambda x, *y: (x, *y)
        return {k: v for k, v in kw.items()}, {1, 2}, b'\x00', 0x_FF, 1.5e-3j

async def main():
    async for x in aiter():
        await x
    async with lock:
        global counter
    type Alias[T: int, *Ts, **P] = dict[T, tuple[*Ts]]
""";

    private static IEnumerable<string> Corpus()
    {
        yield return Sample;
        var lib = CPython.LibDir;
        if (lib == null) yield break;
        foreach (var name in new[] { "string.py", "textwrap.py", "fractions.py", "dataclasses.py" })
        {
            var path = Path.Combine(lib, name);
            if (!File.Exists(path)) continue;
            var lines = File.ReadAllLines(path);
            // A few hundred lines keep each case fast while covering many constructs.
            yield return string.Join("\n", lines.Take(300));
        }
    }

    private static readonly string[] Inserts =
    {
        "(", ")", "[", "]", "{", "}", "\"", "'", "\"\"\"", "f\"{", "}", "\\", "\t", "\n", "    ", ":", ",", "=", ":=", "*", "**",
        "lambda", "yield", "async", "await", "match", "case", "type", "if", "else", "0x", "1_", "1e", "é", "\u0000", "\r", "#", "!", "@", ".", "...",
    };

    [Fact]
    public async Task MutatedSourceOnlyRaisesSyntaxErrors()
    {
        var rng = new Random(12345);
        int cases = 0, parsed = 0, errors = 0;
        foreach (var text in Corpus())
        {
            var lines = text.Split('\n');
            for (int i = 0; i < 800; i++)
            {
                string mutated;
                switch (rng.Next(4))
                {
                    case 0: // flip a character
                        {
                            var chars = text.ToCharArray();
                            int at = rng.Next(chars.Length);
                            chars[at] = (char)rng.Next(0, 128);
                            mutated = new string(chars);
                            break;
                        }
                    case 1: // cut a line short
                        {
                            var copy = (string[])lines.Clone();
                            int ln = rng.Next(copy.Length);
                            copy[ln] = copy[ln].Substring(0, rng.Next(copy[ln].Length + 1));
                            mutated = string.Join("\n", copy);
                            break;
                        }
                    case 2: // drop a few characters
                        {
                            int at = rng.Next(text.Length);
                            int n = Math.Min(rng.Next(1, 6), text.Length - at);
                            mutated = text.Remove(at, n);
                            break;
                        }
                    default: // insert a token-ish string
                        {
                            int at = rng.Next(text.Length + 1);
                            mutated = text.Insert(at, Inserts[rng.Next(Inserts.Length)]);
                            break;
                        }
                }
                cases++;
                var task = Task.Run(() =>
                {
                    try { Parser.Parse(mutated); return true; }
                    catch (PythonSyntaxError) { return false; }
                });
                bool finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10))) == task;
                Assert.True(finished, "parser hung on:\n" + mutated);
                if (await task) parsed++; else errors++;

                // The bytes entry point too, with a random byte flipped.
                if (i % 8 == 0)
                {
                    var bytes = Encoding.UTF8.GetBytes(mutated);
                    if (bytes.Length > 0) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
                    try { Parser.Parse(bytes); } catch (PythonSyntaxError) { }
                    cases++;
                }
            }
        }
        _out.WriteLine($"fuzz: {cases} cases, {parsed} parsed, {errors} syntax errors");
        Assert.True(cases >= 800);
    }
}
