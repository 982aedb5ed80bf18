using System.Globalization;
using System.Text;
using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Strings;

/// <summary>
/// Reads the Python literals used in cases.txt (str/bytes with escapes, numbers, None/True/False, tuples,
/// lists, dicts, bytearray(...), slice(...), and the type names str/bytes/bytearray) into runtime values.
/// </summary>
internal sealed class PyLiteral
{
    readonly string _s;
    int _i;

    PyLiteral(string s) { _s = s; }

    public static PyObject Parse(string s)
    {
        var p = new PyLiteral(s);
        var v = p.Value();
        p.Ws();
        if (p._i != s.Length) throw new FormatException($"trailing text in {s}");
        return v;
    }

    void Ws() { while (_i < _s.Length && _s[_i] == ' ') _i++; }

    PyObject Value()
    {
        Ws();
        char c = _s[_i];
        if (c == '\'' || c == '"') return new PyStr(Str());

        if (c == 'b' && (_s[_i + 1] == '\'' || _s[_i + 1] == '"')) { _i++; return new PyBytes(Bytes()); }
        if (c == '(' || c == '[')
        {
            char close = c == '(' ? ')' : ']';
            _i++;
            var items = new List<PyObject>();
            bool comma = false;
            while (true)
            {
                Ws();
                if (_s[_i] == close) { _i++; break; }
                items.Add(Value());
                Ws();
                if (_s[_i] == ',') { _i++; comma = true; }
            }
            if (c == '[') return new PyList(items.ToArray());
            if (items.Count == 1 && !comma) return items[0];
            return PyTuple.Create(items.ToArray());
        }
        if (c == '{')
        {
            _i++;
            var d = new PyDict();
            while (true)
            {
                Ws();
                if (_s[_i] == '}') { _i++; break; }
                var k = Value();
                Ws(); _i++; // ':'
                var v = Value();
                d.SetItem(k, v);
                Ws();
                if (_s[_i] == ',') _i++;
            }
            return d;
        }
        if (char.IsDigit(c) || c == '-' || c == '.')
        {
            int st = _i;
            _i++;
            while (_i < _s.Length && (char.IsLetterOrDigit(_s[_i]) || _s[_i] == '.' || ((_s[_i] == '-' || _s[_i] == '+') && (_s[_i - 1] == 'e'))))
                _i++;
            var t = _s[st.._i];
            if (t.Contains('.') || t.Contains('e')) return new PyFloat(double.Parse(t, CultureInfo.InvariantCulture));
            return PyInt.Get(System.Numerics.BigInteger.Parse(t, CultureInfo.InvariantCulture));
        }
        int ns = _i;
        while (_i < _s.Length && (char.IsLetter(_s[_i]) || _s[_i] == '_')) _i++;
        var name = _s[ns.._i];
        switch (name)
        {
            case "None": return PyNone.Instance;
            case "True": return PyBool.True;
            case "False": return PyBool.False;
            case "str": return PyStr.TypeObject;
            case "bytes": return PyBytes.TypeObject;
            case "bytearray" when _i >= _s.Length || _s[_i] != '(':
                return PyByteArray.TypeObject;
            case "memoryview" when _i >= _s.Length || _s[_i] != '(':
                return PyMemoryView.TypeObject;
        }
        // A call: bytearray(x) or slice(a, b[, c]).
        var args = Value();
        var argv = args is PyTuple at ? at.Items : [args];
        return name switch
        {
            "bytearray" => Ops.Call(PyByteArray.TypeObject, argv),
            "slice" => Ops.Call(PySlice.TypeObject, argv),
            "memoryview" => Ops.Call(PyMemoryView.TypeObject, argv),
            _ => throw new FormatException($"unknown name {name}"),
        };
    }

    /// <summary>Code points, so an escaped surrogate pair stays two lone surrogates as in Python.</summary>
    int[] Str()
    {
        var cps = new List<int>();
        ReadQuoted(cps, false);
        return cps.ToArray();
    }

    byte[] Bytes()
    {
        var cps = new List<int>();
        ReadQuoted(cps, true);
        return cps.Select(c => (byte)c).ToArray();
    }

    void ReadQuoted(List<int> o, bool bytes)
    {
        char q = _s[_i++];
        while (_s[_i] != q)
        {
            char c = _s[_i++];
            if (c != '\\')
            {
                if (char.IsHighSurrogate(c)) { o.Add(char.ConvertToUtf32(c, _s[_i++])); continue; }
                o.Add(c);
                continue;
            }
            char e = _s[_i++];
            switch (e)
            {
                case 'n': o.Add('\n'); break;
                case 't': o.Add('\t'); break;
                case 'r': o.Add('\r'); break;
                case '0': o.Add(0); break;
                case 'x': o.Add(Hex(2)); break;
                case 'u' when !bytes: o.Add(Hex(4)); break;
                case 'U' when !bytes: o.Add(Hex(8)); break;
                default: o.Add(e); break;
            }
        }
        _i++;
    }

    int Hex(int n)
    {
        int v = int.Parse(_s.AsSpan(_i, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _i += n;
        return v;
    }
}
