"""Exceptions in loops: raise/except/else/finally, custom hierarchies, chaining, context managers."""
# QUICK_SIZE: 500
import sys


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(f"bad input {text!r} at {pos}")
        self.pos = pos


class RangeError(AppError, ValueError):
    pass


def parse(text):
    if not text:
        raise ParseError(text, 0)
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError(text, i)
    value = int(text)
    if value > 5000:
        raise RangeError(value)
    return value


class Guard:
    entered = 0
    suppressed = 0

    def __enter__(self):
        Guard.entered += 1
        return self

    def __exit__(self, etype, value, tb):
        if etype is KeyError:
            Guard.suppressed += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError as exc:
        raise AppError("missing") from exc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 380000
    inputs = []
    seed = 11
    for _ in range(n):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        r = seed % 10
        if r == 0:
            inputs.append("")
        elif r == 1:
            inputs.append(str(seed % 97) + "x")
        else:
            inputs.append(str(seed % 6000))
    ok = parse_errors = range_errors = finals = 0
    pos_total = 0
    for text in inputs:
        try:
            value = parse(text)
        except RangeError as exc:
            range_errors += 1
            pos_total += exc.args[0] % 10
        except ParseError as exc:
            parse_errors += 1
            pos_total += exc.pos
        else:
            ok += value % 3
        finally:
            finals += 1
    table = {i: i * i for i in range(0, 100, 2)}
    chained = 0
    missing = 0
    for i in range(n // 2):
        try:
            lookup(table, i % 100)
        except AppError as exc:
            if isinstance(exc.__cause__, KeyError):
                chained += 1
        with Guard():
            if table[i % 50] % 3:
                missing += 1
    zero = 0
    for i in range(n // 4):
        try:
            zero += 100 // (i % 5)
        except ZeroDivisionError:
            zero -= 1
        try:
            [1, 2, 3][i % 5]
        except IndexError:
            zero += 2
    print(f"ok {ok} parse errors {parse_errors} range errors {range_errors} finals {finals}")
    print(f"pos {pos_total} chained {chained} guard {Guard.entered} {Guard.suppressed} {missing}")
    print(f"checksum {zero}")


main()
