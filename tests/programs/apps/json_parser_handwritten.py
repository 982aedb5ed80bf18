# A hand-written recursive-descent JSON parser compared against the json module on the same inputs.
import json
class ParseError(ValueError):
    pass
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def expect(self, ch):
        if self.s[self.i:self.i + 1] != ch:
            raise ParseError(f"expected {ch!r} at {self.i}")
        self.i += 1
    def value(self):
        self.ws()
        ch = self.s[self.i:self.i + 1]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.expect("{")
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            self.expect(":")
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            self.expect(",")
    def arr(self):
        self.expect("[")
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            self.expect(",")
    def string(self):
        self.expect('"')
        start = self.i
        while self.s[self.i] != '"':
            self.i += 2 if self.s[self.i] == "\\" else 1
        raw = self.s[start:self.i]
        self.i += 1
        return json.loads(f'"{raw}"')
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise ParseError(f"unexpected {self.s[self.i:self.i + 1]!r} at {self.i}")
        return float(text) if any(c in text for c in ".eE") else int(text)
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}}', "[]", '{"nested": [[[]], {}]}',
        '"just a string"', "  42  ", '[1, "two", [3, {"four": 4}]]']
for d in docs:
    mine = Parser(d).value()
    print(mine, mine == json.loads(d))
for bad in ['{"a" 1}', "[1, 2", "@"]:
    try:
        Parser(bad).value()
    except (ParseError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
