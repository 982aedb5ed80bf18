# A tiny stack-based virtual machine: compile arithmetic to instructions, run with a dispatch table, trace.
import operator
def compile_expr(tokens):
    out, stack = [], []
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    for t in tokens:
        if t.isdigit():
            out.append(("PUSH", int(t)))
        elif t in prec:
            while stack and stack[-1] in prec and prec[stack[-1]] >= prec[t]:
                out.append(("OP", stack.pop()))
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(("OP", stack.pop()))
            stack.pop()
    while stack:
        out.append(("OP", stack.pop()))
    return out
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv}
def run(code, trace=False):
    stack = []
    def push(arg):
        stack.append(arg)
    def op(arg):
        b, a = stack.pop(), stack.pop()
        stack.append(OPS[arg](a, b))
    dispatch = {"PUSH": push, "OP": op}
    for pc, (name, arg) in enumerate(code):
        dispatch[name](arg)
        if trace:
            print(f"  {pc:02d} {name:<4} {arg!s:<3} -> {stack}")
    return stack.pop()
for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "10 / 3 - 1", "2 * ( 3 + 4 ) * 5"]:
    code = compile_expr(src.split())
    print(src, "=>", code)
    print("result", run(code, trace=src.startswith("(")))
try:
    run([("OP", "+")])
except IndexError as e:
    print("IndexError:", e)
try:
    run([("PUSH", 1), ("JMP", 0)])
except KeyError as e:
    print("KeyError:", e)
