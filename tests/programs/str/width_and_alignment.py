# Padding and alignment count code points, not display width; fill characters may be any single code point.
for s in ["abc", "日本語", "é", "e\u0301", "\U0001F600", ""]:
    print(repr(s), len(s), f"[{s:>6}]", f"[{s:<6}]", f"[{s:^6}]", f"[{s:*^7}]", repr(s.center(5, "·")), repr(s.ljust(4, "\u3000")))
print(f"{'x':\U0001F600^5}", f"{'y':\u00e9>3}", "{:\t<4}|".format("z"), format("w", "\u200b>3").count("\u200b"))
try:
    format("x", "ab<5")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("abc".rjust(2), "abc".center(4), "abc".center(5), "ab".center(5), "ab".center(6, "-"), "a".center(4, "-"))
print(f"{12:^7}|{-12:^7}|{12:=^+7}|{1.5:^9.2f}|{'txt':^1}|")
print("%-5s|%5s|%-5d|%5.1f|%c" % ("日本", "é", 42, 2.25, "字"))
