using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// _locale: Taipan runs in the C locale with UTF-8 text (like CPython's C.UTF-8): setlocale accepts only the
/// C/POSIX/C.UTF-8 names, localeconv and nl_langinfo answer as glibc does for them.
/// </summary>
[PyModule("_locale")]
public static partial class LocaleModule
{
    static readonly (string, int)[] Constants =
    [
        ("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5),
        ("LC_ALL", 6), ("CHAR_MAX", 127), ("CODESET", 14), ("RADIXCHAR", 65536), ("THOUSEP", 65537),
        ("ABDAY_1", 131072), ("ABDAY_2", 131073), ("ABDAY_3", 131074), ("ABDAY_4", 131075), ("ABDAY_5", 131076),
        ("ABDAY_6", 131077), ("ABDAY_7", 131078), ("DAY_1", 131079), ("DAY_2", 131080), ("DAY_3", 131081),
        ("DAY_4", 131082), ("DAY_5", 131083), ("DAY_6", 131084), ("DAY_7", 131085), ("ABMON_1", 131086),
        ("ABMON_2", 131087), ("ABMON_3", 131088), ("ABMON_4", 131089), ("ABMON_5", 131090), ("ABMON_6", 131091),
        ("ABMON_7", 131092), ("ABMON_8", 131093), ("ABMON_9", 131094), ("ABMON_10", 131095), ("ABMON_11", 131096),
        ("ABMON_12", 131097), ("MON_1", 131098), ("MON_2", 131099), ("MON_3", 131100), ("MON_4", 131101),
        ("MON_5", 131102), ("MON_6", 131103), ("MON_7", 131104), ("MON_8", 131105), ("MON_9", 131106),
        ("MON_10", 131107), ("MON_11", 131108), ("MON_12", 131109), ("AM_STR", 131110), ("PM_STR", 131111),
        ("D_T_FMT", 131112), ("D_FMT", 131113), ("T_FMT", 131114), ("T_FMT_AMPM", 131115), ("ERA", 131116),
        ("ERA_D_FMT", 131118), ("ALT_DIGITS", 131119), ("ERA_D_T_FMT", 131120), ("ERA_T_FMT", 131121),
        ("_DATE_FMT", 131180), ("CRNCYSTR", 262159), ("YESEXPR", 327680), ("NOEXPR", 327681),
    ];

    static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_locale", "Support for POSIX locales.");
        RegisterFunctions(m.Dict, m);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Get(value));
        var ns = new PyDict();
        ns.SetItem("__module__", new PyStr("locale"));
        m.Set("Error", Ops.Call(PyType.TypeType, [new PyStr("Error"), new PyTuple([PyExc.ValueError]), ns], null));
        return m;
    }

    [PyMethod("setlocale($module, category, locale=None, /)", Doc = "Activates/queries locale processing.")]
    static PyObject SetLocale(PyModule? module, int category, PyObject? locale)
    {
        if (category < 0 || category > 6) throw PyException.Create(ErrorType(module), "invalid locale category");
        if (locale == null || locale is PyNone) return new PyStr("C");
        if (locale is not PyStr s) throw PyException.TypeError($"setlocale() argument 2 must be str or None, not {locale.Type.Name}");
        switch (s.Value)
        {
            case "C": case "POSIX": return new PyStr(s.Value);
            case "": case "C.UTF-8": case "C.utf8": case "C.UTF8": return new PyStr(s.Value.Length == 0 ? "C.UTF-8" : s.Value);
        }
        throw PyException.Create(ErrorType(module), "unsupported locale setting");
    }

    static PyType ErrorType(PyModule? module) =>
        module?.Dict.GetOrNull("Error") as PyType ?? PyExc.ValueError;

    [PyMethod("localeconv($module, /)", Doc = "Returns numeric and monetary locale-specific parameters.")]
    static PyObject LocaleConv()
    {
        var d = new PyDict();
        foreach (var k in new[] { "int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep" })
            d.SetItem(k, PyStr.Empty);
        d.SetItem("mon_grouping", new PyList());
        d.SetItem("positive_sign", PyStr.Empty);
        d.SetItem("negative_sign", PyStr.Empty);
        foreach (var k in new[] { "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
                     "n_sep_by_space", "p_sign_posn", "n_sign_posn" })
            d.SetItem(k, PyInt.Get(127));
        d.SetItem("decimal_point", new PyStr("."));
        d.SetItem("thousands_sep", PyStr.Empty);
        d.SetItem("grouping", new PyList());
        return d;
    }

    [PyMethod("nl_langinfo($module, key, /)", Doc = "Return the value for the locale information associated with key.")]
    static string NlLanginfo(int key)
    {
        if (key >= 131072 && key <= 131078) return Days[key - 131072][..3];
        if (key >= 131079 && key <= 131085) return Days[key - 131079];
        if (key >= 131086 && key <= 131097) return Months[key - 131086][..3];
        if (key >= 131098 && key <= 131109) return Months[key - 131098];
        return key switch
        {
            14 => "UTF-8",
            65536 => ".",
            65537 => "",
            131110 => "AM",
            131111 => "PM",
            131112 => "%a %b %e %H:%M:%S %Y",
            131113 => "%m/%d/%y",
            131114 => "%H:%M:%S",
            131115 => "%I:%M:%S %p",
            131116 or 131118 or 131119 or 131120 or 131121 => "",
            131180 => "%a %b %e %H:%M:%S %Z %Y",
            262159 => "-",
            327680 => "^[yY]",
            327681 => "^[nN]",
            _ => throw PyException.ValueError("unsupported langinfo constant"),
        };
    }

    [PyMethod("getencoding($module, /)", Doc = "Get the current locale encoding.")]
    static string GetEncoding() => "UTF-8";

    [PyMethod("strcoll($module, os1, os2, /)", Doc = "Compares two strings according to the locale.")]
    static long StrColl(PyStr os1, PyStr os2)
    {
        int n = Math.Min(os1.Length, os2.Length);
        for (int i = 0; i < n; i++)
        {
            int a = os1.CodePointAt(i), b = os2.CodePointAt(i);
            if (a != b) return a < b ? -1 : 1;
        }
        return os1.Length == os2.Length ? 0 : os1.Length < os2.Length ? -1 : 1;
    }

    [PyMethod("strxfrm($module, string, /)", Doc = "Return a string that can be used as a key for locale-aware comparisons.")]
    static PyObject StrXfrm(PyStr s) => s;

    [PyMethod("gettext($module, msg, /)")]
    static PyObject GetText(PyStr msg) => msg;

    [PyMethod("dgettext($module, domain, msg, /)")]
    static PyObject DGetText(PyObject domain, PyStr msg) => msg;

    [PyMethod("dcgettext($module, domain, msg, category, /)")]
    static PyObject DcGetText(PyObject domain, PyStr msg, int category) => msg;

    [PyMethod("textdomain($module, domain, /)")]
    static PyObject TextDomain(PyObject domain) => domain is PyStr s ? s : new PyStr("messages");

    [PyMethod("bindtextdomain($module, domain, dir, /)")]
    static PyObject BindTextDomain(PyStr domain, PyObject dir) => dir is PyStr s ? s : new PyStr("/usr/share/locale");

    [PyMethod("bind_textdomain_codeset($module, domain, codeset, /)")]
    static PyObject BindTextDomainCodeset(PyStr domain, PyObject codeset) => codeset is PyStr s ? s : PyNone.Instance;
}
