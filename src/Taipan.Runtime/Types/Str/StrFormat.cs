using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// str.format and str.format_map (CPython's Objects/stringlib/unicode_format.h): the replacement-field
/// grammar <c>{field_name[.attr|[key]]...[!conv][:spec]}</c> with nested fields inside the spec, and
/// format(value, spec) for each field.
/// </summary>
public static class StrFormat
{
    /// <summary>format(value, spec): calls type(value).__format__(value, spec) and checks the result is a str.</summary>
    public static PyStr FormatObject(PyObject value, PyStr spec)
    {
        if (value.Type == PyStr.TypeObject) return StrSpec.Format((PyStr)value, spec);
        if (spec.Length == 0 && value.Type == PyInt.TypeObject) return Ops.Str(value);
        var f = value.Type.Lookup(PyStr.Intern("__format__"))
            ?? throw PyException.TypeError($"Type {value.Type.Name} doesn't define __format__");
        var r = Ops.CallBound(f, value, [spec]);
        return r as PyStr ?? throw PyException.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    /// <summary>Formats <paramref name="format"/> with positional <paramref name="args"/> and keyword source
    /// <paramref name="kwargs"/> (a dict for format(), any mapping for format_map(), or null).</summary>
    public static PyStr Format(PyStr format, ReadOnlySpan<PyObject> args, PyObject? kwargs, bool isFormatMap = false)
    {
        var st = new State { Args = args.ToArray(), Kwargs = kwargs, IsMap = isFormatMap };
        var sb = new TextBuilder(format.Length + 16);
        Build(format.ToCodePointArray(), st, sb, 2);
        return sb.ToPyStr();
    }

    sealed class State
    {
        public PyObject[] Args = [];
        public PyObject? Kwargs;
        public bool IsMap;
        /// <summary>-1 before any field, then the next automatic index; -2 once manual numbering was used.</summary>
        public int AutoNumber = -1;
        public bool Manual;
    }

    static void Build(int[] s, State st, TextBuilder output, int depth)
    {
        if (depth <= 0) throw PyException.ValueError("Max string recursion exceeded");
        int pos = 0, end = s.Length;
        while (pos < end)
        {
            int start = pos;
            int c = 0;
            bool markup = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s[pos] != '}'))
                throw PyException.ValueError("Single '}' encountered in format string");
            if (markup && atEnd && c == '{')
                throw PyException.ValueError("Single '{' encountered in format string");
            if (markup)
            {
                if (s[pos] == c) { pos++; markup = false; }
                else len--;
            }
            for (int k = 0; k < len; k++) output.Add(s[start + k]);
            if (!markup) continue;

            // The field: name up to '}', ':' or '!' (brackets may hide those), then conversion and spec.
            int nameStart = pos;
            c = 0;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{') throw PyException.ValueError("unexpected '{' in field name");
                if (c == '[')
                {
                    while (pos < end && s[pos] != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            int nameEnd = pos - 1;
            int conversion = 0;
            int specStart = 0, specEnd = 0;
            bool specNested = false;
            if (c == '!' || c == ':')
            {
                bool done = false;
                if (c == '!')
                {
                    if (pos >= end) throw PyException.ValueError("end of string while looking for conversion specifier");
                    conversion = s[pos++];
                    if (pos < end)
                    {
                        int c2 = s[pos++];
                        if (c2 == '}') done = true;
                        else if (c2 != ':') throw PyException.ValueError("expected ':' after conversion specifier");
                    }
                }
                if (!done)
                {
                    specStart = pos;
                    int count = 1;
                    bool closed = false;
                    while (pos < end)
                    {
                        int c3 = s[pos++];
                        if (c3 == '{') { specNested = true; count++; }
                        else if (c3 == '}' && --count == 0) { specEnd = pos - 1; closed = true; break; }
                    }
                    if (!closed) throw PyException.ValueError("unmatched '{' in format spec");
                }
            }
            else if (c != '}') throw PyException.ValueError("expected '}' before end of string");
            else if (pos > end || nameEnd < nameStart) throw PyException.ValueError("expected '}' before end of string");

            var obj = GetField(s, nameStart, nameEnd, st);
            if (conversion != 0)
            {
                obj = conversion switch
                {
                    'r' => Ops.Repr(obj),
                    's' => Ops.Str(obj),
                    'a' => new PyStr(StrRepr.Ascii(Ops.Repr(obj))),
                    _ => throw PyException.ValueError(conversion > 32 && conversion < 127
                        ? $"Unknown conversion specifier {(char)conversion}"
                        : $"Unknown conversion specifier \\x{conversion:x}"),
                };
            }
            PyStr spec;
            if (specNested)
            {
                var inner = new TextBuilder();
                Build(s.AsSpan(specStart, specEnd - specStart).ToArray(), st, inner, depth - 1);
                spec = inner.ToPyStr();
            }
            else spec = specEnd > specStart ? new PyStr(s.AsSpan(specStart, specEnd - specStart).ToArray()) : PyStr.Empty;
            var formatted = FormatObject(obj, spec);
            output.Add(formatted);
        }
    }

    /// <summary>Resolves a field name: an argument (auto-numbered, by index or by keyword) then .attr and [key] parts.</summary>
    static PyObject GetField(int[] s, int start, int end, State st)
    {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') i++;
        PyObject obj;
        long index = ParseIndex(s, start, i);
        if (start == i)
        {
            // Automatic numbering.
            if (st.Manual) throw PyException.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (st.AutoNumber < 0) st.AutoNumber = 0;
            index = st.AutoNumber++;
        }
        else if (index >= 0)
        {
            if (st.AutoNumber >= 0) throw PyException.ValueError("cannot switch from automatic field numbering to manual field specification");
            st.Manual = true;
        }
        if (index >= 0)
        {
            if (st.IsMap) throw PyException.ValueError("Format string contains positional fields");
            if (index >= st.Args.Length)
                throw PyException.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = st.Args[index];
        }
        else
        {
            var key = new PyStr(s.AsSpan(start, i - start).ToArray());
            if (st.Kwargs == null) throw PyException.KeyError(key);
            if (st.Kwargs is PyDict d)
            {
                if (!d.TryGetValue(key, out var v)) throw PyException.KeyError(key);
                obj = v;
            }
            else obj = Ops.GetItem(st.Kwargs, key);
        }
        // The rest: .name or [key], repeatedly.
        while (i < end)
        {
            int c = s[i++];
            if (c == '.')
            {
                int a = i;
                while (i < end && s[i] != '.' && s[i] != '[') i++;
                if (i == a) throw PyException.ValueError("Empty attribute in format string");
                obj = Ops.GetAttr(obj, new PyStr(s.AsSpan(a, i - a).ToArray()));
            }
            else if (c == '[')
            {
                int a = i;
                while (i < end && s[i] != ']') i++;
                if (i >= end) throw PyException.ValueError("Missing ']' in format string");
                if (i == a) throw PyException.ValueError("Empty attribute in format string");
                long k = ParseIndex(s, a, i);
                PyObject key = k >= 0 ? PyInt.Get(k) : new PyStr(s.AsSpan(a, i - a).ToArray());
                obj = Ops.GetItem(obj, key);
                i++;
                if (i < end && s[i] != '.' && s[i] != '[')
                    throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return obj;
    }

    /// <summary>The decimal value of s[start..end) when it is all decimal digits, else -1.</summary>
    static long ParseIndex(int[] s, int start, int end)
    {
        if (start == end) return -1;
        long v = 0;
        for (int i = start; i < end; i++)
        {
            int d = UnicodeProps.DecimalValue(s[i]);
            if (d < 0) return -1;
            if (v > (long.MaxValue - d) / 10) throw PyException.ValueError("Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    }
}

/// <summary>
/// str.__format__ with a spec. The format mini-language parser is shared with the numbers
/// (Types/Numbers/FormatSpec.cs); this is the one place that calls it for str.
/// </summary>
internal static class StrSpec
{
    public static PyStr Format(PyStr value, PyStr spec)
    {
        if (spec.Length == 0) return value.Type == PyStr.TypeObject ? value : new PyStr(PyStr.TypeObject, value);
        return FormatSpec.FormatString(value, spec.Value);
    }
}
