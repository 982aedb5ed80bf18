# PEP 701 f-strings: reused quotes, nesting, backslashes and comments inside replacement fields.
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{f"{f"{f"{1 + 1}"}"}"}"}")
print(f"{"\n".join(["a", "b"])}")
print(f"{'\t'.join(['x', 'y'])}|")
items = {"key": "value"}
print(f"{items["key"]}")
print(f"{
    1 +
    2  # a comment inside the field
}")
x = 42
print(f"{x!r:>{10}}", f"{x:{"^"}{8}}|", f'{f'{x}'}', f"""{f'''{x}'''}""")
print(f"{'''triple'''}", f"{"""also"""}")
nested = f"outer {f'inner {x + 1} {f"deep {x * 2}"}'} end"
print(nested)
print(f"{"quote\"inside"}", f'{'single\'inside'}')
print(f"{x:{"x"}}", f"{x:#{"o"}}", f"{3.14159:.{1 + 1}f}")
values = [1, 2, 3]
print(f"{[v ** 2 for v in values]}", f"{ {k: v for k, v in zip('ab', values)} }", f"{(lambda n: n * 3)(2)}")
print(f"{'a' if x > 10 else 'b'}", f"{x > 10 = }", f"{'nested ' + f'{x}'}")
print(len(f"{'\N{BLACK STAR}'}"), f"\N{BLACK STAR} {x}")
print(rf"\d{x}", fr"\n{x}\t", Rf"{x}\N")
print(f"{x}" f"{x}" "plain" f"{{literal}}")
multi = f"""
line1 {x}
line2 {
    x + 1
}
"""
print(repr(multi))
