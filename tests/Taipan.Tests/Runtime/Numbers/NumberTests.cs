using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Numbers;

/// <summary>Individual behaviours not covered by the tables; expected values from CPython 3.12.</summary>
public class NumberTests
{
    static NumberTests() => BuiltinTypes.EnsureInitialized();

    static string Error(Action a)
    {
        var e = Assert.Throws<PyException>(a);
        return e.Value.Type.Name + ": " + Ops.StrOrRepr(e.Value);
    }

    [Fact]
    public void IntStringConversionLimit()
    {
        var big = Ops.Power(PyInt.Get(10), PyInt.Get(4300));
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            Error(() => Ops.Repr(big)));
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
            Error(() => Ops.Call(PyInt.TypeObject, new PyStr(new string('1', 4301)))));
        Assert.Equal(4300, Ops.Repr(Ops.Subtract(big, PyInt.One)).Value.Length);
        // Power-of-two bases are not limited.
        Assert.Equal(PyInt.Get(System.Numerics.BigInteger.Pow(2, 5000) - 1),
            Ops.Call(PyInt.TypeObject, new PyStr(new string('1', 5000)), PyInt.Get(2)), new IntComparer());
    }

    sealed class IntComparer : IEqualityComparer<PyObject>
    {
        public bool Equals(PyObject? x, PyObject? y) => Ops.EqBool(x!, y!);
        public int GetHashCode(PyObject o) => 0;
    }

    [Fact]
    public void BoolBitwiseStaysBool()
    {
        Assert.Same(PyBool.True, Ops.And(PyBool.True, PyBool.True));
        Assert.Same(PyBool.True, Ops.Or(PyBool.False, PyBool.True));
        Assert.Same(PyBool.False, Ops.Xor(PyBool.True, PyBool.True));
        Assert.Equal("int:1", Show(Ops.And(PyBool.True, PyInt.Get(3))));
        Assert.Equal("int:2", Show(Ops.Add(PyBool.True, PyBool.True)));
    }

    static string Show(PyObject o) => o.Type.Name + ":" + Ops.Repr(o).Value;

    [Fact]
    public void IntConstructorKeywordsAndSubclassErrors()
    {
        Assert.Equal("int:12", Show(Ops.Call(PyInt.TypeObject, [new PyStr("12"), PyInt.Get(10)], new PyTuple([new PyStr("base")]))));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for int()",
            Error(() => Ops.Call(PyInt.TypeObject, [new PyStr("1")], new PyTuple([new PyStr("x")]))));
        Assert.Equal("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
            Error(() => Ops.Call(PyInt.TypeObject, PyNone.Instance)));
        Assert.Equal("int:0", Show(Ops.Call(PyInt.TypeObject)));
    }

    [Fact]
    public void FloatConstructorErrors()
    {
        Assert.Equal("TypeError: float() takes no keyword arguments",
            Error(() => Ops.Call(PyFloat.TypeObject, [PyInt.One], new PyTuple([new PyStr("x")]))));
        Assert.Equal("TypeError: float expected at most 1 argument, got 2",
            Error(() => Ops.Call(PyFloat.TypeObject, PyInt.One, PyInt.Get(2))));
        Assert.Equal("float:0.0", Show(Ops.Call(PyFloat.TypeObject)));
    }

    [Fact]
    public void FloatPowerOverflowCarriesErrno()
    {
        var e = Assert.Throws<PyException>(() => Ops.Power(new PyFloat(2.0), new PyFloat(10000.0)));
        Assert.Equal(PyExc.OverflowError, e.Value.Type);
        Assert.Equal(2, e.Value.Args.Count);
        Assert.Equal("int:34", Show(e.Value.Args[0]));
        Assert.Equal("str:'Numerical result out of range'", Show(e.Value.Args[1]));
    }

    [Fact]
    public void FloatHashRules()
    {
        Assert.Equal(Ops.Hash(PyInt.Get(2)), Ops.Hash(new PyFloat(2.0)));
        Assert.Equal(314159, Ops.Hash(new PyFloat(double.PositiveInfinity)));
        Assert.Equal(1152921504606846977, Ops.Hash(new PyFloat(1.5)));
        var nan1 = new PyFloat(double.NaN);
        var nan2 = new PyFloat(double.NaN);
        Assert.Equal(Ops.Hash(nan1), Ops.Hash(nan1));
        Assert.NotEqual(Ops.Hash(nan1), Ops.Hash(nan2));
    }

    [Fact]
    public void FormatSpecParseErrors()
    {
        Assert.Equal("ValueError: Invalid format specifier 'xx' for object of type 'int'",
            Error(() => NumberFormatting.FormatInt(PyInt.One, "xx")));
        Assert.Equal("ValueError: Cannot specify both ',' and '_'.", Error(() => FormatSpec.Parse(",_")));
        Assert.Equal("ValueError: Cannot specify ',' with ','.", Error(() => FormatSpec.Parse(",,")));
        Assert.Equal("ValueError: Format specifier missing precision", Error(() => FormatSpec.Parse("10.")));
        Assert.Equal("ValueError: Cannot specify ',' with 's'.", Error(() => FormatSpec.Parse(",")));
        Assert.Equal("ValueError: Too many decimal digits in format string", Error(() => FormatSpec.Parse("99999999999999999999")));
        Assert.Equal("ValueError: Unknown format code 'x' for object of type 'float'",
            Error(() => NumberFormatting.FormatFloat(1.0, "x")));
        Assert.Equal("ValueError: Zero padding is not allowed in complex format specifier",
            Error(() => NumberFormatting.FormatComplex(0, 1, "010")));
        Assert.Equal("ValueError: '=' alignment flag is not allowed in complex format specifier",
            Error(() => NumberFormatting.FormatComplex(0, 1, "=")));
        var f = FormatSpec.Parse("*^+#012,.3f", "float", '\0', '>');
        Assert.Equal('*', f.Fill);
        Assert.Equal('^', f.Align);
        Assert.Equal('+', f.Sign);
        Assert.True(f.Alternate);
        Assert.Equal(12, f.Width);
        Assert.Equal(',', f.Grouping);
        Assert.Equal(3, f.Precision);
        Assert.Equal('f', f.Type);
    }

    [Fact]
    public void GetFormat()
    {
        Assert.Equal("IEEE, little-endian", PyFloat.GetFormat(PyFloat.TypeObject, new PyStr("double")));
        Assert.Equal("ValueError: __getformat__() argument 1 must be 'double' or 'float'",
            Error(() => PyFloat.GetFormat(PyFloat.TypeObject, new PyStr("x"))));
        Assert.Equal("TypeError: __getformat__() argument must be str, not int",
            Error(() => PyFloat.GetFormat(PyFloat.TypeObject, PyInt.One)));
    }

    [Fact]
    public void IntMethods()
    {
        Assert.Equal(new byte[] { 0x00, 0x04 }, PyInt.Get(1024).ToByteArray(2, "little", false).Reverse().ToArray().Reverse().ToArray());
        Assert.Equal(new byte[] { 0xff, 0xff }, PyInt.MinusOne.ToByteArray(2, "big", true));
        Assert.Equal("OverflowError: int too big to convert", Error(() => PyInt.Get(256).ToByteArray(1, "big", false)));
        Assert.Equal("OverflowError: can't convert negative int to unsigned", Error(() => PyInt.MinusOne.ToByteArray(1, "big", false)));
        Assert.Equal("ValueError: byteorder must be either 'little' or 'big'", Error(() => PyInt.One.ToByteArray(1, "mid", false)));
        Assert.Equal(28, PyInt.Zero.SizeOf());
        Assert.Equal(32, PyInt.Get(1L << 30).SizeOf());
        Assert.Equal("int:20", Show(PyInt.Get(25).Round(PyInt.Get(-1))));
        Assert.Equal("int:-20", Show(PyInt.Get(-15).Round(PyInt.Get(-1))));
    }

    [Fact]
    public void Pow3Args()
    {
        Assert.Equal("ValueError: pow() 3rd argument cannot be 0", Error(() => Ops.Power(PyInt.Get(2), PyInt.Get(3), PyInt.Zero)));
        Assert.Equal("ValueError: base is not invertible for the given modulus", Error(() => Ops.Power(PyInt.Get(2), PyInt.MinusOne, PyInt.Get(4))));
        Assert.Equal("int:5", Show(Ops.Power(PyInt.Get(3), PyInt.MinusOne, PyInt.Get(7))));
    }
}
