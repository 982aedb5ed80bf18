using System.Text;
using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>Operators, container building, unpacking and formatting helpers of the loop.</summary>
public static partial class EvalLoop
{
    static PyObject BinaryOp(PyObject a, PyObject b, int op)
    {
        // Fast paths for small exact ints (the common loop counter case).
        if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall && a.Type == PyInt.TypeObject && b.Type == PyInt.TypeObject)
        {
            long p = x.Small, q = y.Small, r;
            switch ((Bytecode.BinaryOp)op)
            {
                case Bytecode.BinaryOp.Add:
                case Bytecode.BinaryOp.InPlaceAdd:
                    r = p + q;
                    if (((p ^ r) & (q ^ r)) >= 0) return PyInt.Get(r);
                    break;
                case Bytecode.BinaryOp.Subtract:
                case Bytecode.BinaryOp.InPlaceSubtract:
                    r = p - q;
                    if (((p ^ q) & (p ^ r)) >= 0) return PyInt.Get(r);
                    break;
            }
        }
        return (Bytecode.BinaryOp)op switch
        {
            Bytecode.BinaryOp.Add => Ops.Add(a, b),
            Bytecode.BinaryOp.And => Ops.And(a, b),
            Bytecode.BinaryOp.FloorDivide => Ops.FloorDivide(a, b),
            Bytecode.BinaryOp.LShift => Ops.LShift(a, b),
            Bytecode.BinaryOp.MatrixMultiply => Ops.MatMul(a, b),
            Bytecode.BinaryOp.Multiply => Ops.Multiply(a, b),
            Bytecode.BinaryOp.Remainder => Ops.Remainder(a, b),
            Bytecode.BinaryOp.Or => Ops.Or(a, b),
            Bytecode.BinaryOp.Power => Ops.Power(a, b),
            Bytecode.BinaryOp.RShift => Ops.RShift(a, b),
            Bytecode.BinaryOp.Subtract => Ops.Subtract(a, b),
            Bytecode.BinaryOp.TrueDivide => Ops.TrueDivide(a, b),
            Bytecode.BinaryOp.Xor => Ops.Xor(a, b),
            Bytecode.BinaryOp.InPlaceAdd => Ops.InPlaceAdd(a, b),
            Bytecode.BinaryOp.InPlaceAnd => Ops.InPlaceAnd(a, b),
            Bytecode.BinaryOp.InPlaceFloorDivide => Ops.InPlaceFloorDivide(a, b),
            Bytecode.BinaryOp.InPlaceLShift => Ops.InPlaceLShift(a, b),
            Bytecode.BinaryOp.InPlaceMatrixMultiply => Ops.InPlaceMatMul(a, b),
            Bytecode.BinaryOp.InPlaceMultiply => Ops.InPlaceMultiply(a, b),
            Bytecode.BinaryOp.InPlaceRemainder => Ops.InPlaceRemainder(a, b),
            Bytecode.BinaryOp.InPlaceOr => Ops.InPlaceOr(a, b),
            Bytecode.BinaryOp.InPlacePower => Ops.InPlacePower(a, b),
            Bytecode.BinaryOp.InPlaceRShift => Ops.InPlaceRShift(a, b),
            Bytecode.BinaryOp.InPlaceSubtract => Ops.InPlaceSubtract(a, b),
            Bytecode.BinaryOp.InPlaceTrueDivide => Ops.InPlaceTrueDivide(a, b),
            Bytecode.BinaryOp.InPlaceXor => Ops.InPlaceXor(a, b),
            _ => throw PyException.SystemError($"unknown binary operator {op}"),
        };
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall && a.Type == PyInt.TypeObject && b.Type == PyInt.TypeObject)
        {
            long p = x.Small, q = y.Small;
            return PyBool.Get(op switch
            {
                CompareOp.Lt => p < q, CompareOp.Le => p <= q, CompareOp.Eq => p == q,
                CompareOp.Ne => p != q, CompareOp.Gt => p > q, _ => p >= q,
            });
        }
        return Ops.RichCompare(a, b, op);
    }

    static int BuildString(PyObject?[] s, int sp, int n)
    {
        sp -= n;
        var sb = new StringBuilder();
        bool bmp = true;
        for (int i = 0; i < n; i++)
        {
            var p = (PyStr)s[sp + i]!;
            if (!p.IsBmp) bmp = false;
        }
        PyStr result;
        if (bmp)
        {
            for (int i = 0; i < n; i++) sb.Append(((PyStr)s[sp + i]!).BmpValue);
            result = new PyStr(sb.ToString());
        }
        else
        {
            var cps = new List<int>();
            for (int i = 0; i < n; i++)
            {
                var p = (PyStr)s[sp + i]!;
                for (int j = 0; j < p.Length; j++) cps.Add(p.CodePointAt(j));
            }
            result = new PyStr(cps.ToArray());
        }
        Array.Clear(s, sp, n);
        s[sp++] = result;
        return sp;
    }

    static void ListExtend(PyList list, PyObject iterable)
    {
        if (iterable.Type.Iter == null && iterable.Type.GetItem == null)
            throw PyException.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
        foreach (var x in Ops.ToList(iterable)) list.Append(x);
    }

    static int BuildSet(PyFrame frame, PyObject?[] s, int sp, int n)
    {
        sp -= n;
        var set = Ops.Call(BuiltinByName(frame, "set"));
        for (int i = 0; i < n; i++) { SetAdd(set, s[sp + i]!); s[sp + i] = null; }
        s[sp++] = set;
        return sp;
    }

    static readonly PyStr s_add = PyStr.Intern("add"), s_update = PyStr.Intern("update"), s_keys = PyStr.Intern("keys");

    static void SetAdd(PyObject set, PyObject v) => Ops.CallBound(set.Type.Lookup(s_add)!, set, [v]);

    static void SetUpdate(PyObject set, PyObject iterable) => Ops.CallBound(set.Type.Lookup(s_update)!, set, [iterable]);

    static void DictUpdate(PyDict d, PyObject other)
    {
        if (other is PyDict od)
        {
            int pos = 0;
            while (od.Next(ref pos, out var k, out var v)) d.SetItem(k, v);
            return;
        }
        var keys = Ops.TryGetAttr(other, s_keys);
        if (keys == null) throw PyException.TypeError($"'{other.Type.Name}' object is not a mapping");
        foreach (var k in Ops.ToList(Ops.Call(keys))) d.SetItem(k, Ops.GetItem(other, k));
    }

    /// <summary>**mapping in a call: like update, but duplicate keys are an error naming the function.</summary>
    static void DictMerge(PyDict d, PyObject other, PyObject? callable)
    {
        string FuncDesc() => callable == null ? "function" : FunctionDescription(callable);
        List<PyObject> keys;
        if (other is PyDict od) keys = [.. od.Items().Select(kv => kv.Key)];
        else
        {
            var keysMethod = Ops.TryGetAttr(other, s_keys)
                ?? throw PyException.TypeError($"{FuncDesc()} argument after ** must be a mapping, not {other.Type.Name}");
            keys = Ops.ToList(Ops.Call(keysMethod));
        }
        foreach (var k in keys)
        {
            if (d.ContainsKey(k))
                throw PyException.TypeError($"{FuncDesc()} got multiple values for keyword argument '{(k is PyStr ks ? ks.Value : Ops.Str(k).Value)}'");
            d.SetItem(k, other is PyDict od2 ? od2[k] : Ops.GetItem(other, k));
        }
    }

    /// <summary>How CPython names a callable in call errors (_PyObject_FunctionStr): "mod.qualname()" or "name()".</summary>
    internal static string FunctionDescription(PyObject f)
    {
        if (f is PyFunction fn)
        {
            var mod = fn.Module as PyStr;
            return mod == null || mod.Value == "builtins" ? fn.QualName.Value + "()" : $"{mod.Value}.{fn.QualName.Value}()";
        }
        if (f is PyBuiltinFunction bf) return bf.Name + "()";
        if (f is PyMethod m) return FunctionDescription(m.Function);
        if (f is PyType t) return t.QualName + "()";
        var qn = Ops.TryGetAttr(f, "__qualname__");
        if (qn is PyStr q)
        {
            var mod = Ops.TryGetAttr(f, "__module__") as PyStr;
            return mod == null || mod.Value == "builtins" ? q.Value + "()" : $"{mod.Value}.{q.Value}()";
        }
        return f.Type.Name + " object";
    }

    static int UnpackSequence(PyObject?[] s, int sp, int n)
    {
        var seq = s[--sp]!;
        s[sp] = null;
        PyObject[]? items = null;
        int count = 0;
        if (seq.Type == PyTuple.TypeObject) { items = ((PyTuple)seq).Items; count = items.Length; }
        else if (seq.Type == PyList.TypeObject) { items = ((PyList)seq).Items; count = ((PyList)seq).Count; }
        if (items != null)
        {
            if (count != n)
            {
                if (count < n) throw PyException.ValueError($"not enough values to unpack (expected {n}, got {count})");
                throw PyException.ValueError($"too many values to unpack (expected {n})");
            }
            for (int i = n - 1; i >= 0; i--) s[sp++] = items[i];
            return sp;
        }
        if (seq.Type.Iter == null && seq.Type.GetItem == null)
            throw PyException.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var it = Ops.GetIter(seq);
        var got = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var x = Ops.Next(it);
            if (x == null) throw PyException.ValueError($"not enough values to unpack (expected {n}, got {i})");
            got[i] = x;
        }
        if (Ops.Next(it) != null) throw PyException.ValueError($"too many values to unpack (expected {n})");
        for (int i = n - 1; i >= 0; i--) s[sp++] = got[i];
        return sp;
    }

    static int UnpackEx(PyObject?[] s, int sp, int before, int after)
    {
        var seq = s[--sp]!;
        s[sp] = null;
        if (seq.Type.Iter == null && seq.Type.GetItem == null)
            throw PyException.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var all = Ops.ToList(seq);
        if (all.Count < before + after)
            throw PyException.ValueError($"not enough values to unpack (expected at least {before + after}, got {all.Count})");
        var middle = new PyList(all.GetRange(before, all.Count - before - after).ToArray());
        // Push in reverse so the first target is on top.
        for (int i = all.Count - 1; i >= all.Count - after; i--) s[sp++] = all[i];
        s[sp++] = middle;
        for (int i = before - 1; i >= 0; i--) s[sp++] = all[i];
        return sp;
    }

    static int FormatValue(PyObject?[] s, int sp, int flags)
    {
        PyObject? spec = null;
        if ((flags & 4) != 0) { spec = s[--sp]; s[sp] = null; }
        var v = s[sp - 1]!;
        switch (flags & 3)
        {
            case 1: v = Ops.Str(v); break;
            case 2: v = Ops.Repr(v); break;
            case 3: v = Ascii(v); break;
        }
        if (spec == null && v.Type == PyStr.TypeObject) { s[sp - 1] = v; return sp; }
        s[sp - 1] = Format(v, spec ?? PyStr.Empty);
        return sp;
    }

    static readonly PyStr s_format = PyStr.Intern("__format__");

    /// <summary>format(value, spec) (CPython's PyObject_Format).</summary>
    internal static PyObject Format(PyObject v, PyObject spec)
    {
        if (spec is PyStr ss && ss.Length == 0)
        {
            if (v.Type == PyStr.TypeObject) return v;
            if (v.Type == PyInt.TypeObject) return Ops.Str(v);
        }
        var meth = v.Type.Lookup(s_format) ?? throw PyException.TypeError($"Type {v.Type.Name} doesn't define __format__");
        var r = Ops.CallBound(meth, v, [spec]);
        if (r is not PyStr) throw PyException.TypeError($"__format__ must return a str, not {r.Type.Name}");
        return r;
    }

    /// <summary>ascii(v): repr with non-ASCII characters escaped.</summary>
    internal static PyStr Ascii(PyObject v)
    {
        var r = Ops.Repr(v);
        bool ascii = true;
        for (int i = 0; i < r.Length; i++) if (r.CodePointAt(i) > 127) { ascii = false; break; }
        if (ascii) return r;
        var sb = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            int c = r.CodePointAt(i);
            if (c < 128) sb.Append((char)c);
            else if (c < 0x100) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c < 0x10000) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        return new PyStr(sb.ToString());
    }

    // ---------------- pattern matching ----------------

    static bool IsMapping(PyObject o)
    {
        if (o is PyDict) return true;
        return AbcCheck(o, "Mapping");
    }

    static bool IsSequence(PyObject o)
    {
        if (o is PyStr || o is PyDict) return false;
        if (o is PyList || o is PyTuple) return true;
        var n = o.Type.Name;
        if (n is "bytes" or "bytearray") return false;
        if (n is "range" or "memoryview" or "deque" or "array") return true;
        return AbcCheck(o, "Sequence");
    }

    /// <summary>isinstance(o, collections.abc.X) when collections.abc is loaded (registrations count).</summary>
    static bool AbcCheck(PyObject o, string abc)
    {
        if (o.Type.Type == PyType.TypeType && !o.Type.IsHeapType) return false;
        var ts = ThreadState.CurrentOrNull;
        if (ts == null || !ts.Interpreter.Modules.TryGetValue(PyStr.Intern("collections.abc"), out var mod)) return false;
        var cls = Ops.TryGetAttr(mod, abc);
        return cls != null && Ops.IsInstance(o, cls);
    }

    static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return PyTuple.Empty;
        var get = Ops.GetAttr(subject, "get");
        var dummy = new PyInstance(PyType.ObjectType);
        var values = new PyObject[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            var v = Ops.Call(get, [keys[i], dummy]);
            if (ReferenceEquals(v, dummy)) return PyNone.Instance;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    static PyObject MatchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwargs)
    {
        if (cls is not PyType type)
            throw PyException.TypeError("called match pattern must be a class");
        if (!Ops.IsInstance(subject, type)) return PyNone.Instance;
        var attrs = new List<PyObject>();
        var seen = new List<PyStr>();
        if (nargs > 0)
        {
            var matchArgs = Ops.TryGetAttr(type, "__match_args__");
            if (matchArgs == null)
            {
                if (!IsSelfMatching(type))
                    throw PyException.TypeError($"{type.Name}() accepts 0 positional sub-patterns ({nargs} given)");
                if (nargs > 1)
                    throw PyException.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({nargs} given)");
                attrs.Add(subject);
            }
            else
            {
                if (matchArgs is not PyTuple ma)
                    throw PyException.TypeError($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                if (nargs > ma.Count)
                    throw PyException.TypeError($"{type.Name}() accepts {ma.Count} positional sub-pattern{(ma.Count == 1 ? "" : "s")} ({nargs} given)");
                for (int i = 0; i < nargs; i++)
                {
                    if (ma[i] is not PyStr name)
                        throw PyException.TypeError($"__match_args__ elements must be strings (got {ma[i].Type.Name})");
                    seen.Add(name);
                    var v = Ops.TryGetAttr(subject, name);
                    if (v == null) return PyNone.Instance;
                    attrs.Add(v);
                }
            }
        }
        foreach (var k in kwargs.Items)
        {
            var name = (PyStr)k;
            foreach (var prev in seen)
                if (prev.EqualsStr(name))
                    throw PyException.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops.Repr(name).Value}");
            seen.Add(name);
            var v = Ops.TryGetAttr(subject, name);
            if (v == null) return PyNone.Instance;
            attrs.Add(v);
        }
        return new PyTuple(attrs.ToArray());
    }

    static bool IsSelfMatching(PyType t)
    {
        foreach (var m in t.Mro)
            if (!m.IsHeapType)
                return m.Name is "bool" or "bytearray" or "bytes" or "dict" or "float" or "frozenset" or "int"
                    or "list" or "set" or "str" or "tuple";
        return false;
    }
}
