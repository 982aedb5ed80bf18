namespace Taipan.Syntax.Tokens;

/// <summary>
/// NFKC normalisation of identifiers (PEP 3131). .NET's string.Normalize needs ICU, which the
/// invariant-globalisation build does not load, so non-ASCII identifiers are kept as written for
/// now: correct for identifiers already in NFKC form (almost all real code).
/// </summary>
internal static class Nfkc
{
    public static string Normalize(string s) => s;
}
