# textwrap: wrap, fill, shorten, dedent, indent with predicates, TextWrapper options.
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! Sphinx of black quartz, judge my vow."
for width in (20, 35):
    print(textwrap.wrap(text, width=width))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("short", 40), "|", textwrap.shorten(text, 30, placeholder="..."))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd indent
    """)))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder=" [..]")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed"))
w2 = textwrap.TextWrapper(width=10, break_long_words=False, break_on_hyphens=True)
print(w2.wrap("well-known self-evident anti-establishment"))
print(textwrap.wrap("tabs\tare\texpanded", width=12, tabsize=4), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("Sentence one.  Sentence two.", width=40, fix_sentence_endings=True), textwrap.wrap("a b  c", 3, drop_whitespace=False))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
