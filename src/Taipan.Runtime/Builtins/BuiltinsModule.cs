using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// The functions of the <c>builtins</c> module (CPython's Python/bltinmodule.c), in the order of the
/// Python docs. The interpreter fills its builtins dict with <see cref="Populate"/> and then links its
/// sys module with <see cref="AttachSys"/> so print() and input() find sys.stdout and sys.stdin.
/// Not here: __build_class__, exec, eval, compile, globals, locals, vars, __import__, open, and
/// dir() without an argument (they need the evaluation loop's frames and the import system).
/// </summary>
[PyModule("builtins", Doc = ModuleDoc)]
public static partial class BuiltinsModule
{
    const string ModuleDoc = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides "
        + "direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the "
        + "built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be "
        + "useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of "
        + "that name is also needed.";

    /// <summary>The names under which built-in types appear in builtins (the rest, e.g. NoneType, stay unnamed).</summary>
    static readonly HashSet<string> s_publicTypes =
    [
        "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "memoryview",
        "tuple", "list", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map", "filter",
        "reversed", "property", "staticmethod", "classmethod", "super",
    ];

    /// <summary>Each interpreter's builtins module object, linked to that interpreter's sys module.</summary>
    static readonly ConditionalWeakTable<PyModule, PyObject> s_sys = new();

    /// <summary>
    /// Fills <paramref name="builtinsDict"/> with the built-in types, exceptions, constants and functions,
    /// and returns the builtins module object whose dict it is (the functions' __self__).
    /// </summary>
    public static PyModule Populate(PyDict builtinsDict)
    {
        BuiltinTypes.EnsureInitialized();
        var module = new PyModule("builtins", ModuleDoc);
        int pos = 0;
        while (module.Dict.Next(ref pos, out var k, out var v))
            if (!builtinsDict.ContainsKey(k)) builtinsDict.SetItem(k, v);
        module.Dict = builtinsDict;

        foreach (var t in BuiltinTypes.Core())
            if (s_publicTypes.Contains(t.Name) && !t.IsHeapType) builtinsDict.SetItem(t.Name, t);
        foreach (var e in PyExc.All) builtinsDict.SetItem(e.Name, e);
        // Aliases kept since Python 3.3 merged the OS error types into OSError.
        builtinsDict.SetItem("EnvironmentError", PyExc.OSError);
        builtinsDict.SetItem("IOError", PyExc.OSError);
        builtinsDict.SetItem("None", PyNone.Instance);
        builtinsDict.SetItem("Ellipsis", PyEllipsis.Instance);
        builtinsDict.SetItem("NotImplemented", PyNotImplemented.Instance);
        builtinsDict.SetItem("__debug__", PyBool.True);
        RegisterFunctions(builtinsDict, module);
        return module;
    }

    /// <summary>Links the interpreter's sys module so print()/input()/breakpoint() use its streams and hooks.</summary>
    public static void AttachSys(PyModule builtins, PyObject sys) => s_sys.AddOrUpdate(builtins, sys);

    static PyObject? SysAttr(PyModule? builtins, string name)
    {
        if (builtins == null || !s_sys.TryGetValue(builtins, out var sys)) return null;
        return Ops.TryGetAttr(sys, name);
    }

    static PyStr AttributeName(PyObject name) =>
        name as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{name.Type.Name}'");

    // ---------------- A ----------------

    [PyMethod("abs($module, x, /)", Doc = "Return the absolute value of the argument.")]
    static PyObject Abs(PyObject x) => Ops.Absolute(x);

    [PyMethod("aiter($module, async_iterable, /)", Doc = "Return an AsyncIterator for an AsyncIterable object.")]
    static PyObject AIter(PyObject iterable)
    {
        var f = iterable.Type.AIter ?? throw PyException.TypeError($"'{iterable.Type.Name}' object is not an async iterable");
        var it = f(iterable);
        if (it.Type.ANext == null)
            throw PyException.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
        return it;
    }

    [PyMethod("all($module, iterable, /)", Doc = "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.")]
    static bool All(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is PyObject x)
            if (!Ops.IsTrue(x)) return false;
        return true;
    }

    [PyMethod("anext($module, aiterator, default=<unrepresentable>, /)",
        Doc = "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the async\niterator is exhausted, it is returned instead of raising StopAsyncIteration.")]
    static PyObject ANext(PyObject aiterator, PyObject? @default)
    {
        var f = aiterator.Type.ANext ?? throw PyException.TypeError($"'{aiterator.Type.Name}' object is not an async iterator");
        if (@default != null)
            // The awaitable that turns StopAsyncIteration into the default needs the coroutine machinery.
            throw PyException.NotImplementedError("anext() with a default is not supported yet");
        return f(aiterator);
    }

    [PyMethod("any($module, iterable, /)", Doc = "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.")]
    static bool Any(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is PyObject x)
            if (Ops.IsTrue(x)) return true;
        return false;
    }

    [PyMethod("ascii($module, obj, /)", Doc = "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.")]
    static PyObject Ascii(PyObject obj) => AsciiEscape(Ops.Repr(obj));

    internal static PyStr AsciiEscape(PyStr r)
    {
        int n = r.Length;
        int i = 0;
        while (i < n && r.CodePointAt(i) < 0x80) i++;
        if (i == n) return r;
        var sb = new StringBuilder(n + 16);
        for (i = 0; i < n; i++)
        {
            int cp = r.CodePointAt(i);
            if (cp < 0x80) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return new PyStr(sb.ToString());
    }

    // ---------------- B, C ----------------

    [PyMethod("bin($module, number, /)", Doc = "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'")]
    static PyObject Bin(PyObject number) => new PyStr(FormatRadix(Ops.Index(number), 2, "0b"));

    /// <summary>"-0x1f" style text of an int in base 2, 8 or 16 (CPython's _PyLong_Format).</summary>
    internal static string FormatRadix(PyInt v, int radix, string prefix)
    {
        bool neg = v.Sign < 0;
        string digits;
        if (v.IsSmall)
        {
            ulong mag = neg ? (ulong)(-(v.Small + 1)) + 1 : (ulong)v.Small;
            digits = mag == 0 ? "0" : Convert.ToString(unchecked((long)mag), radix);
            if (radix == 16) digits = digits.ToLowerInvariant();
        }
        else
        {
            var mag = BigInteger.Abs(v.Big);
            var sb = new StringBuilder();
            int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
            var mask = new BigInteger(radix - 1);
            while (!mag.IsZero)
            {
                int d = (int)(mag & mask);
                sb.Insert(0, "0123456789abcdef"[d]);
                mag >>= shift;
            }
            digits = sb.ToString();
        }
        return (neg ? "-" : "") + prefix + digits;
    }

    [PyMethod("breakpoint($module, *args, **kws)", HideSignature = true,
        Doc = "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger.")]
    static PyObject Breakpoint(PyModule? module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var hook = SysAttr(module, "breakpointhook") ?? throw PyException.RuntimeError("lost sys.breakpointhook");
        return Ops.Call(hook, args, kwnames);
    }

    [PyMethod("callable($module, obj, /)", Doc = "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.")]
    static bool Callable(PyObject obj) => obj.Type.Call != null;

    [PyMethod("chr($module, i, /)", Doc = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")]
    static PyObject Chr(PyObject i)
    {
        var v = Ops.Index(i);
        if (!v.TryGetInt32(out int cp)) throw PyException.OverflowError("Python int too large to convert to C int");
        if (cp < 0 || cp > 0x10FFFF) throw PyException.ValueError("chr() arg not in range(0x110000)");
        if (cp < 0x80) return PyStr.Intern(((char)cp).ToString());
        return new PyStr([cp]);
    }

    // ---------------- D ----------------

    [PyMethod("delattr($module, obj, name, /)", Doc = "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``")]
    static void DelAttr(PyObject obj, PyObject name) => Ops.DelAttr(obj, AttributeName(name));

    [PyMethod("dir($module, arg=<unrepresentable>, /)", Doc = "Show attributes of an object.\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes.")]
    static PyObject Dir(PyObject? arg)
    {
        PyObject names;
        // dir() without an argument lists the sorted keys of the calling frame's locals (CPython's _dir_locals).
        if (arg == null)
        {
            var locals = ThreadState.Current.Frame?.GetLocals() ?? throw PyException.SystemError("dir(): no current frame");
            names = locals is PyDict ld ? DictKeys(ld) : Ops.Call(Ops.GetAttr(locals, "keys"), [], null);
            if (names is not PyList)
                throw PyException.TypeError($"dir(): expected keys() of locals to be a list, not '{names.Type.Name}'");
        }
        else if (arg is PyModule m && m.Type == PyModule.TypeObject && m.Dict.GetOrNull("__dir__") is not PyObject)
            names = DictKeys(m.Dict);
        else
        {
            var f = arg.Type.Lookup("__dir__") ?? throw PyException.TypeError("object does not provide __dir__");
            names = Ops.CallBound(f, arg, []);
        }
        var list = new PyList(Ops.ToList(names).ToArray());
        list.Sort();
        return list;
    }

    internal static PyList DictKeys(PyDict d)
    {
        var l = new PyList(d.Count);
        int pos = 0;
        while (d.Next(ref pos, out var k, out _)) l.Append(k);
        return l;
    }

    [PyMethod("divmod($module, x, y, /)", Doc = "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.")]
    static PyObject DivMod(PyObject x, PyObject y) => Ops.DivMod(x, y);

    // ---------------- F, G, H ----------------

    [PyMethod("format($module, value, format_spec='', /)", Doc = "Return type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALMETHODS').")]
    static PyObject Format(PyObject value, PyStr? formatSpec) => FormatValue(value, formatSpec ?? PyStr.Empty);

    /// <summary>format(value, spec) (CPython's PyObject_Format), with the str/int fast paths for an empty spec.</summary>
    public static PyStr FormatValue(PyObject value, PyStr spec)
    {
        if (spec.Length == 0 && value.Type == PyStr.TypeObject) return (PyStr)value;
        var f = value.Type.Lookup("__format__")
            ?? throw PyException.TypeError($"Type {value.Type.Name} doesn't define __format__");
        var r = Ops.CallBound(f, value, [spec]);
        return r as PyStr ?? throw PyException.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    [PyMethod("getattr($module, object, name, default=<unrepresentable>, /)",
        Doc = "Get a named attribute from an object.\n\ngetattr(x, 'y') is equivalent to x.y\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.")]
    static PyObject GetAttr(PyObject obj, PyObject name, PyObject? @default)
    {
        var n = AttributeName(name);
        if (@default == null) return Ops.GetAttr(obj, n);
        return Ops.TryGetAttr(obj, n) ?? @default;
    }

    [PyMethod("hasattr($module, obj, name, /)", Doc = "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.")]
    static bool HasAttr(PyObject obj, PyObject name) => Ops.TryGetAttr(obj, AttributeName(name)) != null;

    [PyMethod("hash($module, obj, /)", Doc = "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.")]
    static long Hash(PyObject obj) => Ops.Hash(obj);

    [PyMethod("hex($module, number, /)", Doc = "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'")]
    static PyObject Hex(PyObject number) => new PyStr(FormatRadix(Ops.Index(number), 16, "0x"));

    // ---------------- I ----------------

    [PyMethod("id($module, obj, /)", Doc = "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)")]
    static long Id(PyObject obj) => Ops.Id(obj);

    [PyMethod("input($module, prompt='', /)", Doc = "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available.")]
    static PyObject Input(PyModule? module, PyObject? prompt)
    {
        var stdin = SysAttr(module, "stdin");
        if (stdin == null || stdin is PyNone) throw PyException.RuntimeError("input(): lost sys.stdin");
        var stdout = SysAttr(module, "stdout");
        if (stdout == null || stdout is PyNone) throw PyException.RuntimeError("input(): lost sys.stdout");
        var stderr = SysAttr(module, "stderr");
        if (stderr != null && stderr is not PyNone && Ops.TryGetAttr(stderr, "flush") is PyObject ef)
        {
            try { Ops.Call(ef); } catch (PyException) { /* CPython ignores a failing stderr flush here */ }
        }
        if (prompt != null)
            Ops.Call(Ops.GetAttr(stdout, "write"), Ops.Str(prompt));
        if (Ops.TryGetAttr(stdout, "flush") is PyObject of) Ops.Call(of);
        var line = Ops.Call(Ops.GetAttr(stdin, "readline"));
        if (line is not PyStr s) throw PyException.TypeError("object.readline() returned non-string");
        if (s.Length == 0) throw PyException.Create(PyExc.EOFError, "EOF when reading a line");
        if (s.CodePointAt(s.Length - 1) == '\n')
        {
            var v = s.Value;
            return new PyStr(v[..^1]);
        }
        return s;
    }

    [PyMethod("isinstance($module, obj, class_or_tuple, /)", Doc = "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.")]
    static bool IsInstance(PyObject obj, PyObject classOrTuple) => Ops.IsInstance(obj, classOrTuple);

    [PyMethod("issubclass($module, cls, class_or_tuple, /)", Doc = "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.")]
    static bool IsSubclass(PyObject cls, PyObject classOrTuple) => Ops.IsSubclass(cls, classOrTuple);

    [PyMethod("iter($module, object, sentinel=<unrepresentable>, /)",
        Doc = "Get an iterator from an object.\n\nIn the first form, the argument must supply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.")]
    static PyObject Iter(PyObject obj, PyObject? sentinel)
    {
        if (sentinel == null) return Ops.GetIter(obj);
        if (obj.Type.Call == null) throw PyException.TypeError("iter(object, sentinel): object must be callable");
        return new PyCallableIterator(obj, sentinel);
    }

    // ---------------- L, M, N ----------------

    [PyMethod("len($module, obj, /)", Doc = "Return the number of items in a container.")]
    static long Len(PyObject obj) => Ops.Len(obj);

    [PyMethod("max($module, *args, key=None, default=None)", HideSignature = true,
        Doc = "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument.")]
    static PyObject Max(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => MinMax(args, kwnames, CompareOp.Gt, "max");

    [PyMethod("min($module, *args, key=None, default=None)", HideSignature = true,
        Doc = "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument.")]
    static PyObject Min(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => MinMax(args, kwnames, CompareOp.Lt, "min");

    /// <summary>max()/min() (CPython's min_max): the first of equal extremes wins, keys are computed once per item.</summary>
    static PyObject MinMax(ReadOnlySpan<PyObject> args, PyTuple? kwnames, CompareOp op, string name)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, dflt = null;
        if (nkw > 2) throw PyException.TypeError($"{name}() takes at most 2 keyword arguments ({nkw} given)");
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames!.Items[k]).Value;
            if (kn == "key") key = args[npos + k];
            else if (kn == "default") dflt = args[npos + k];
            else throw PyException.TypeError($"'{kn}' is an invalid keyword argument for {name}()");
        }
        if (npos == 0) throw PyException.TypeError($"{name} expected at least 1 argument, got 0");
        if (key is PyNone) key = null;
        if (npos > 1 && dflt != null)
            throw PyException.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");

        PyObject? best = null, bestKey = null;
        if (npos > 1)
        {
            for (int i = 0; i < npos; i++) Consider(args[i], key, op, ref best, ref bestKey);
        }
        else
        {
            var it = Ops.GetIter(args[0]);
            while (Ops.Next(it) is PyObject x) Consider(x, key, op, ref best, ref bestKey);
        }
        if (best != null) return best;
        return dflt ?? throw PyException.ValueError($"{name}() iterable argument is empty");
    }

    static void Consider(PyObject item, PyObject? key, CompareOp op, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = key == null ? item : Ops.Call(key, item);
        if (best == null || Ops.RichCompareBool(k, bestKey!, op))
        {
            best = item;
            bestKey = k;
        }
    }

    [PyMethod("next($module, iterator, default=<unrepresentable>, /)",
        Doc = "Return the next item from the iterator.\n\nIf default is given and the iterator is exhausted,\nit is returned instead of raising StopIteration.")]
    static PyObject Next(PyObject iterator, PyObject? @default)
    {
        var f = iterator.Type.Next ?? throw PyException.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        return f(iterator) ?? @default ?? throw PyException.StopIteration();
    }

    // ---------------- O, P ----------------

    [PyMethod("oct($module, number, /)", Doc = "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'")]
    static PyObject Oct(PyObject number) => new PyStr(FormatRadix(Ops.Index(number), 8, "0o"));

    [PyMethod("ord($module, c, /)", Doc = "Return the Unicode code point for a one-character string.")]
    static long Ord(PyObject c)
    {
        if (c is PyStr s)
        {
            if (s.Length == 1) return s.CodePointAt(0);
            throw PyException.TypeError($"ord() expected a character, but string of length {s.Length} found");
        }
        // bytes and bytearray of length 1 give their byte; their C# types belong to another helper.
        if (IsBytesLike(c.Type))
        {
            long n = Ops.Len(c);
            if (n == 1) return ((PyInt)Ops.GetItem(c, PyInt.Zero)).Small;
            throw PyException.TypeError($"ord() expected a character, but string of length {n} found");
        }
        throw PyException.TypeError($"ord() expected string of length 1, but {c.Type.Name} found");
    }

    static bool IsBytesLike(PyType t)
    {
        foreach (var b in t.Mro)
            if (!b.IsHeapType && b.Name is "bytes" or "bytearray") return true;
        return false;
    }

    [PyMethod("pow($module, /, base, exp, mod=None)", Doc = "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.")]
    static PyObject Pow(PyObject @base, PyObject exp, PyObject? mod) =>
        Ops.Power(@base, exp, mod is null or PyNone ? null : mod);

    [PyMethod("print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)", Doc = "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.")]
    static void Print(PyModule? module, ReadOnlySpan<PyObject> args, PyObject? sep, PyObject? end, PyObject? file, bool flush)
    {
        if (file == null || file is PyNone)
        {
            file = SysAttr(module, "stdout") ?? throw PyException.RuntimeError("lost sys.stdout");
            // print() to a None stdout (pythonw) silently does nothing.
            if (file is PyNone) return;
        }
        PyStr sepStr = sep is null or PyNone ? s_space
            : sep as PyStr ?? throw PyException.TypeError($"sep must be None or a string, not {sep.Type.Name}");
        PyStr endStr = end is null or PyNone ? s_newline
            : end as PyStr ?? throw PyException.TypeError($"end must be None or a string, not {end.Type.Name}");
        var write = Ops.GetAttr(file, "write");
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0) Ops.Call(write, sepStr);
            Ops.Call(write, Ops.Str(args[i]));
        }
        Ops.Call(write, endStr);
        if (flush) Ops.Call(Ops.GetAttr(file, "flush"));
    }

    static readonly PyStr s_space = PyStr.Intern(" ");
    static readonly PyStr s_newline = PyStr.Intern("\n");

    // ---------------- R, S ----------------

    [PyMethod("repr($module, obj, /)", Doc = "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.")]
    static PyObject Repr(PyObject obj) => Ops.Repr(obj);

    [PyMethod("round($module, /, number, ndigits=None)", Doc = "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.")]
    static PyObject Round(PyObject number, PyObject? ndigits)
    {
        var f = number.Type.Lookup("__round__")
            ?? throw PyException.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        return ndigits is null or PyNone ? Ops.CallBound(f, number, []) : Ops.CallBound(f, number, [ndigits]);
    }

    [PyMethod("setattr($module, obj, name, value, /)", Doc = "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``")]
    static void SetAttr(PyObject obj, PyObject name, PyObject value) => Ops.SetAttr(obj, AttributeName(name), value);

    [PyMethod("sorted($module, iterable, /, *, key=None, reverse=False)", Doc = "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.")]
    static PyObject Sorted(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 1) throw PyException.TypeError($"sorted expected 1 argument, got {npos}");
        var src = args[0];
        var items = src is PyList pl && pl.Type == PyList.TypeObject ? pl.AsSpan().ToArray()
            : src is PyTuple pt && pt.Type == PyTuple.TypeObject ? (PyObject[])pt.Items.Clone()
            : Ops.ToList(src).ToArray();
        var list = new PyList(items);
        if (nkw == 0) list.Sort();
        else
        {
            // Keywords go to list.sort unchanged, so its errors name sort() as CPython's do.
            var sort = PyList.TypeObject.Lookup("sort")!;
            Ops.CallBound(sort, list, args[1..], kwnames);
        }
        return list;
    }

    [PyMethod("sum($module, iterable, /, start=0)", Doc = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.")]
    static PyObject Sum(PyObject iterable, PyObject? start)
    {
        var result = start ?? PyInt.Zero;
        if (start != null)
        {
            if (start.Type.IsSubtypeOf(PyStr.TypeObject))
                throw PyException.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            foreach (var b in start.Type.Mro)
            {
                if (b.IsHeapType) continue;
                if (b.Name == "bytes") throw PyException.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
                if (b.Name == "bytearray") throw PyException.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
            }
        }
        var it = Ops.GetIter(iterable);
        PyObject? item;

        // Exact ints (and bools) add in a long until one overflows or a non-int arrives.
        if (result.Type == PyInt.TypeObject && ((PyInt)result).IsSmall)
        {
            long acc = ((PyInt)result).Small;
            while (true)
            {
                item = Ops.Next(it);
                if (item == null) return PyInt.Get(acc);
                if ((item.Type == PyInt.TypeObject || item is PyBool) && ((PyInt)item).TryGetInt64(out long b)
                    && (acc >= 0 ? b <= long.MaxValue - acc : b >= long.MinValue - acc))
                {
                    acc += b;
                    continue;
                }
                result = Ops.Add(PyInt.Get(acc), item);
                break;
            }
        }

        // Exact floats add with Neumaier's compensation, as CPython 3.12 does.
        if (result.Type == PyFloat.TypeObject)
        {
            double f = ((PyFloat)result).Value, c = 0.0;
            while (true)
            {
                item = Ops.Next(it);
                if (item == null)
                {
                    if (c != 0.0 && double.IsFinite(c)) f += c;
                    return new PyFloat(f);
                }
                if (item.Type == PyFloat.TypeObject)
                {
                    double x = ((PyFloat)item).Value;
                    double t = f + x;
                    if (Math.Abs(f) >= Math.Abs(x)) c += (f - t) + x;
                    else c += (x - t) + f;
                    f = t;
                    continue;
                }
                if (item is PyInt pi && pi.TryGetInt64(out long lv))
                {
                    f += (double)lv;
                    continue;
                }
                if (c != 0.0 && double.IsFinite(c)) f += c;
                result = Ops.Add(new PyFloat(f), item);
                break;
            }
        }

        while ((item = Ops.Next(it)) != null) result = Ops.Add(result, item);
        return result;
    }
}

/// <summary>callable_iterator: iter(callable, sentinel) calls until the result equals the sentinel.</summary>
public sealed class PyCallableIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("callable_iterator", null, typeof(PyCallableIterator), SetupType, TypeFlags.None);

    PyObject? _callable;
    PyObject? _sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel) : base(TypeObject)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var ci = (PyCallableIterator)o;
            if (ci._callable == null) return null;
            PyObject r;
            try { r = Ops.Call(ci._callable); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                ci._callable = ci._sentinel = null;
                return null;
            }
            if (Ops.EqBool(r, ci._sentinel!))
            {
                ci._callable = ci._sentinel = null;
                return null;
            }
            return r;
        };
    }
}
