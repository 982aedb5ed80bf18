using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_string: the str.format parser that string.Formatter drives (formatter_parser, formatter_field_name_split).</summary>
[PyModule("_string")]
public static partial class StringModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_string", "string helper module");
        RegisterFunctions(m.Dict, m);
        return m;
    }

    static PyStr Sub(PyStr s, int start, int end)
    {
        var cps = new int[end - start];
        for (int i = start; i < end; i++) cps[i - start] = s.CodePointAt(i);
        return new PyStr(cps);
    }

    [PyMethod("formatter_parser($module, format_string, /)")]
    static PyObject FormatterParser(PyStr s)
    {
        // The whole string is parsed up front; CPython raises the same errors lazily while iterating.
        var items = new PyList();
        int n = s.Length, pos = 0;
        while (pos < n)
        {
            int start = pos, c = 0;
            bool markup = false;
            while (pos < n)
            {
                c = s.CodePointAt(pos++);
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= n;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s.CodePointAt(pos) != '}'))
                throw PyException.ValueError("Single '}' encountered in format string");
            if (markup && atEnd && c == '{') throw PyException.ValueError("Single '{' encountered in format string");
            if (markup)
            {
                if (s.CodePointAt(pos) == c) { pos++; markup = false; }
                else len--;
            }
            var literal = Sub(s, start, start + len);
            if (!markup)
            {
                items.Append(new PyTuple([literal, PyNone.Instance, PyNone.Instance, PyNone.Instance]));
                continue;
            }
            // A replacement field: name up to '!', ':' or '}' (brackets may hold anything but ']').
            int nameStart = pos, stop = -1;
            while (pos < n)
            {
                int d = s.CodePointAt(pos++);
                if (d == '{') throw PyException.ValueError("unexpected '{' in field name");
                if (d == '[')
                {
                    while (pos < n && s.CodePointAt(pos) != ']') pos++;
                    continue;
                }
                if (d == '}' || d == ':' || d == '!') { stop = d; break; }
            }
            if (stop < 0) throw PyException.ValueError("expected '}' before end of string");
            var name = Sub(s, nameStart, pos - 1);
            PyObject conversion = PyNone.Instance;
            PyStr spec = PyStr.Empty;
            if (stop == '!')
            {
                if (pos >= n) throw PyException.ValueError("end of string while looking for conversion specifier");
                conversion = PyStr.FromCodePoint(s.CodePointAt(pos++));
                if (pos < n)
                {
                    int d = s.CodePointAt(pos++);
                    if (d == '}') stop = '}';
                    else if (d != ':') throw PyException.ValueError("expected ':' after conversion specifier");
                    else stop = ':';
                }
            }
            if (stop != '}')
            {
                int specStart = pos, depth = 1;
                while (pos < n)
                {
                    int d = s.CodePointAt(pos++);
                    if (d == '{') depth++;
                    else if (d == '}' && --depth == 0) break;
                }
                if (depth != 0) throw PyException.ValueError("unmatched '{' in format spec");
                spec = Sub(s, specStart, pos - 1);
            }
            items.Append(new PyTuple([literal, name, spec, conversion]));
        }
        return Ops.GetIter(items);
    }

    static PyObject NameOrIndex(PyStr s, int start, int end)
    {
        if (end > start)
        {
            long v = 0;
            bool digits = true;
            for (int i = start; i < end && digits; i++)
            {
                int c = s.CodePointAt(i);
                if (c < '0' || c > '9' || v > long.MaxValue / 10 - 10) digits = false;
                else v = v * 10 + (c - '0');
            }
            if (digits) return PyInt.Get(v);
        }
        return Sub(s, start, end);
    }

    [PyMethod("formatter_field_name_split($module, field_name, /)")]
    static PyObject FormatterFieldNameSplit(PyStr s)
    {
        int n = s.Length, pos = 0;
        while (pos < n && s.CodePointAt(pos) != '.' && s.CodePointAt(pos) != '[') pos++;
        var first = NameOrIndex(s, 0, pos);
        var rest = new PyList();
        while (pos < n)
        {
            int c = s.CodePointAt(pos++);
            if (c == '.')
            {
                int start = pos;
                while (pos < n && s.CodePointAt(pos) != '.' && s.CodePointAt(pos) != '[') pos++;
                if (pos == start) throw PyException.ValueError("Empty attribute in format string");
                rest.Append(new PyTuple([PyBool.True, Sub(s, start, pos)]));
            }
            else if (c == '[')
            {
                int start = pos;
                while (pos < n && s.CodePointAt(pos) != ']') pos++;
                if (pos >= n) throw PyException.ValueError("Missing ']' in format string");
                if (pos == start) throw PyException.ValueError("Empty attribute in format string");
                rest.Append(new PyTuple([PyBool.False, NameOrIndex(s, start, pos)]));
                pos++;
                if (pos < n && s.CodePointAt(pos) != '.' && s.CodePointAt(pos) != '[')
                    throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return new PyTuple([first, Ops.GetIter(rest)]);
    }
}
