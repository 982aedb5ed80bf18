# shlex, fnmatch, binascii and base64 utilities with exact outputs.
import shlex, fnmatch, base64, binascii
print(shlex.split("cmd --opt='a b' \"c d\" e\\ f # comment", comments=True), shlex.join(["echo", "it's", "a b"]))
lex = shlex.shlex("a=1, b='two'", posix=True)
lex.whitespace_split = False
print(list(lex))
print([n for n in ["a.py", "b.PY", "c.txt", ".hidden.py", "d.pyc"] if fnmatch.fnmatch(n, "*.py")], fnmatch.fnmatchcase("A.PY", "*.py"))
print(fnmatch.filter(["x1", "x22", "y1"], "x?"), fnmatch.translate("*.[ch]"), fnmatch.fnmatch("[x]", "[[]x]"))
data = b"any carnal pleasure."
for f in [base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode]:
    enc = f(data)
    print(f.__name__, enc)
print(base64.b64decode(b"YW55IGNhcm5hbCBwbGVhcw=="), base64.b64decode("YQ", validate=False) if False else base64.b64decode("YQ=="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xab", "-"), binascii.unhexlify("00ab"), binascii.crc32(b"hello"), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk="), binascii.b2a_hex(b"\xff"))
