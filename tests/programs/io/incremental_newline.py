# IncrementalNewlineDecoder over str input and over a codec's incremental decoder.
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
for piece in ["a\r", "\nb\r", "c\n", "\r"]:
    print(repr(d.decode(piece)), d.newlines)
print(repr(d.decode("", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n", final=True)), d.newlines)
