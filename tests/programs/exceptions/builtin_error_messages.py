# Messages of exceptions raised by built-in operations, exactly as CPython words them.
cases = [
    "[][0]", "()[5]", "'abc'[10]", "{}['k']", "{1: 2}[[1]]" , "None.attr", "(1).nope", "'s'.nope()",
    "int('x')", "float('y')", "1 + 'a'", "'a' + 1", "[1] + (1,)", "1 < 'a'", "len(5)", "iter(5)",
    "next(iter([]))", "[].pop()", "{}.popitem()", "set().pop()", "'a' * 'b'", "-'a'", "~1.5", "abs('x')",
    "int.fromx", "chr(-1)", "ord('ab')", "list.append()", "object().__dict__", "1 / 0", "1 % 0", "1.0 / 0",
    "divmod(1, 0)", "2 ** 10000.0", "[1, 2, 3].index(4)", "'abc'.index('z')", "(1, 2).index(3)",
    "dict([(1, 2, 3)])", "frozenset().add", "b'a'[5]", "bytearray(b'a').pop(3)", "range(3)[5]",
    "int('1' * 5000)", "hash([])", "hash({})", "sorted([3, 'a'])", "max()", "getattr(1, 'x')",
    "setattr(1, 'x', 2)", "type(1, 2)", "isinstance(1, 'int')", "slice(1)[0]", "memoryview(5)",
    "bytes('abc')", "str(b'x', 'nope')", "'{}'.format()", "'{0}'.format()", "'%d' % 'x'", "__import__('nosuchmod')",
    "compile('x', 'f', 'nope')", "eval('1 +')", "exec('return')", "f'{1!z}'" if False else "eval(\"f'{1!z}'\")",
    "import_ = __import__('math').sqrt(-1)", "__import__('math').log(0)", "int(float('inf'))", "round(float('nan'))",
]
for src in cases:
    try:
        exec(src)
        print(src, "-> no error")
    except BaseException as e:
        print(src, "->", type(e).__name__ + ":", e)
