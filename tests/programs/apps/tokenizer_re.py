# A regex-driven tokenizer for a tiny language, with line/column tracking and error reporting.
import re
from typing import NamedTuple
class Token(NamedTuple):
    kind: str
    value: str
    line: int
    col: int
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
def tokenize(code):
    line, line_start = 1, 0
    for mo in MASTER.finditer(code):
        kind, value = mo.lastgroup, mo.group()
        col = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line} col {col}")
        yield Token(kind, value, line, col)
program = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;"""
for tok in tokenize(program):
    print(tok)
try:
    list(tokenize("x := 1 $ 2"))
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for tok in tokenize(program):
    counts[tok.kind] = counts.get(tok.kind, 0) + 1
print(sorted(counts.items()))
