# A tokenizer and recursive-descent evaluator for arithmetic, with error reporting.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
class ParseError(Exception):
    pass
def tokenize(src):
    out = []
    for num, op in TOKEN.findall(src):
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op.strip():
            out.append(("op", op))
    out.append(("end", None))
    return out
class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r} at token {self.i}, got {tok[1]!r}")
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def factor(self):
        kind, val = self.peek()
        if val == "-":
            self.take()
            return -self.factor()
        if val == "(":
            self.take()
            v = self.expr()
            self.take(")")
            return v
        if kind == "num":
            self.take()
            base = val
            if self.peek()[1] == "^":
                self.take()
                return base ** self.factor()
            return base
        raise ParseError(f"unexpected {val!r}")
    def parse(self):
        v = self.expr()
        self.take(None) if self.peek()[0] == "end" else self.take(")")
        return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2.5", "((2))", "1 +", "(1", "1 / 0", "2 * (3 + 4) - -1"]:
    try:
        print(src, "=", Parser(src).parse())
    except (ParseError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
