using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>
/// The <c>_sre</c> module (CPython's Modules/_sre/sre.c): compiles re._compiler's code lists into
/// re.Pattern objects, plus the case helpers re._compiler uses while compiling.
/// </summary>
[PyModule("_sre")]
public static partial class SreModule
{
    public static void Register()
    {
        BuiltinTypes.Register(SrePattern.TypeObject);
        BuiltinTypes.Register(SreMatch.TypeObject);
        BuiltinTypes.Register(SreScanner.TypeObject);
        BuiltinTypes.Register(SreTemplate.TypeObject);
        ModuleRegistry.Register("_sre", static _ => Create());
    }

    public static PyModule Create()
    {
        var m = new PyModule("_sre");
        RegisterFunctions(m.Dict, m);
        m.Set("MAGIC", PyInt.Get(SreOp.Magic));
        m.Set("CODESIZE", PyInt.Get(4));
        m.Set("MAXREPEAT", PyInt.Get(SreOp.MaxRepeat));
        m.Set("MAXGROUPS", PyInt.Get(SreOp.MaxGroups));
        m.Set("copyright", new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    [PyMethod("compile($module, /, pattern, flags, code, groups, groupindex, indexgroup)")]
    static PyObject Compile(PyObject pattern, int flags, PyList code, long groups, PyDict groupindex, PyTuple indexgroup)
    {
        var words = new uint[code.Count];
        for (int i = 0; i < words.Length; i++)
        {
            var v = Ops.Index(code.Items[i]);
            if (v.Big.Sign < 0) throw PyException.Create(PyExc.OverflowError, "can't convert negative int to unsigned");
            if (v.Big > uint.MaxValue) throw PyException.Create(PyExc.OverflowError, "regular expression code size limit exceeded");
            words[i] = (uint)(long)v.Big;
        }
        int isBytes;
        if (pattern is PyNone) isBytes = -1;
        else isBytes = SreSubject.Get(pattern).IsBytes ? 1 : 0;
        if (groups < 0 || groups > SreOp.MaxGroups) throw PyException.RuntimeError("invalid SRE code");
        PyDict? gi = groupindex.Count > 0 ? groupindex : null;
        PyTuple? ig = gi != null && indexgroup.Count > 0 ? indexgroup : null;
        var p = new SrePattern(pattern, flags, words, (int)groups, gi, ig, isBytes);
        if (!SreValidator.Validate(words, (int)groups)) throw PyException.RuntimeError("invalid SRE code");
        return p;
    }

    [PyMethod("template($module, pattern, template, /)", Doc = "\n\n  template\n    A list containing interleaved literal strings (str or bytes) and group\n    indices (int), as returned by re._parser.parse_template():\n        [literal1, group1, ..., literalN, groupN]")]
    static PyObject Template(PyObject pattern, PyList template) => SreTemplate.Create(template);

    [PyMethod("getcodesize($module, /)")]
    static int GetCodeSize() => 4;

    [PyMethod("ascii_iscased($module, character, /)")]
    static bool AsciiIsCased(int character) => (uint)character < 128 && (uint)((character | 0x20) - 'a') <= 25;

    [PyMethod("unicode_iscased($module, character, /)")]
    static bool UnicodeIsCased(int character)
    {
        if ((uint)character > 0x10FFFF) return false;
        return character != SreChars.LowerUnicode(character) || character != SreChars.UpperUnicode(character);
    }

    [PyMethod("ascii_tolower($module, character, /)")]
    static int AsciiToLower(int character) => (uint)character < 128 ? SreChars.LowerAscii(character) : character;

    [PyMethod("unicode_tolower($module, character, /)")]
    static int UnicodeToLower(int character) => (uint)character > 0x10FFFF ? character : SreChars.LowerUnicode(character);
}
