"""A small language: tokenizer, recursive-descent parser to tuples, and a tree-walking evaluator."""
# QUICK_SIZE: 30
import sys

SOURCE = """
let total = 0;
let i = 0;
while (i < N) {
    let j = i % 7;
    if (j == 3) { total = total + i * 2; } else { total = total - j; }
    if (i % 11 == 0) { total = total + fact(j + 2); }
    i = i + 1;
}
def fact(k) { if (k < 2) { return 1; } return k * fact(k - 1); }
def fib(k) { if (k < 2) { return k; } return fib(k - 1) + fib(k - 2); }
print(total);
print(fib(F));
"""

KEYWORDS = {"let", "while", "if", "else", "def", "return", "print"}


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            tokens.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif text[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("op", text[i:i + 2]))
            i += 2
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("eof", None))
    return tokens


class Parser:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, value=None):
        tok = self.toks[self.pos]
        if value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.take("{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.statement())
        self.take("}")
        return stmts

    def statement(self):
        kind, val = self.peek()
        if kind == "kw":
            self.take()
            if val == "let":
                name = self.take()[1]
                self.take("=")
                expr = self.expression(0)
                self.take(";")
                return ("set", name, expr)
            if val == "while":
                self.take("(")
                cond = self.expression(0)
                self.take(")")
                return ("while", cond, self.block())
            if val == "if":
                self.take("(")
                cond = self.expression(0)
                self.take(")")
                then = self.block()
                other = []
                if self.peek()[1] == "else":
                    self.take()
                    other = self.block()
                return ("if", cond, then, other)
            if val == "def":
                name = self.take()[1]
                self.take("(")
                params = []
                while self.peek()[1] != ")":
                    params.append(self.take()[1])
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                return ("def", name, params, self.block())
            if val in ("return", "print"):
                expr = self.expression(0)
                self.take(";")
                return (val, expr)
        if kind == "name" and self.toks[self.pos + 1][1] == "=":
            self.take()
            self.take("=")
            expr = self.expression(0)
            self.take(";")
            return ("set", val, expr)
        expr = self.expression(0)
        self.take(";")
        return ("expr", expr)

    def expression(self, min_prec):
        left = self.atom()
        while True:
            kind, op = self.peek()
            prec = self.PREC.get(op) if kind == "op" else None
            if prec is None or prec <= min_prec:
                return left
            self.take()
            left = ("bin", op, left, self.expression(prec))

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take()
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expression(0))
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                return ("call", val, args)
            return ("var", val)
        if val == "(":
            inner = self.expression(0)
            self.take(")")
            return inner
        if val == "-":
            return ("bin", "-", ("num", 0), self.atom())
        raise SyntaxError(f"unexpected {val!r}")


class Return(Exception):
    def __init__(self, value):
        self.value = value


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b,
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b), "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
}


class Interpreter:
    def __init__(self, out):
        self.funcs = {}
        self.out = out

    def run(self, stmts, env):
        for s in stmts:
            if s[0] == "def":
                self.funcs[s[1]] = (s[2], s[3])
        for s in stmts:
            self.execute(s, env)

    def execute(self, s, env):
        tag = s[0]
        if tag == "set":
            env[s[1]] = self.eval(s[2], env)
        elif tag == "while":
            while self.eval(s[1], env):
                for t in s[2]:
                    self.execute(t, env)
        elif tag == "if":
            for t in (s[2] if self.eval(s[1], env) else s[3]):
                self.execute(t, env)
        elif tag == "return":
            raise Return(self.eval(s[1], env))
        elif tag == "print":
            self.out.append(self.eval(s[1], env))
        elif tag == "expr":
            self.eval(s[1], env)

    def eval(self, e, env):
        tag = e[0]
        if tag == "num":
            return e[1]
        if tag == "var":
            return env[e[1]]
        if tag == "bin":
            return OPS[e[1]](self.eval(e[2], env), self.eval(e[3], env))
        params, body = self.funcs[e[1]]
        local = dict(zip(params, [self.eval(a, env) for a in e[2]]))
        try:
            for t in body:
                self.execute(t, local)
        except Return as r:
            return r.value
        return 0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 18000
    tokens = tokenize(SOURCE * 1)
    tree = Parser(tokens).program()
    out = []
    interp = Interpreter(out)
    interp.run(tree, {"N": n, "F": 10 + n.bit_length()})
    big = tokenize(SOURCE.replace("total", "acc") * 300)
    print(f"tokens {len(tokens)} big {len(big)} statements {len(tree)}")
    print(f"output {out}")


main()
