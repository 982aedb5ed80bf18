# Case methods, including non-ASCII special casing.
words = ["hello world", "HELLO", "hElLo WoRlD", "ß", "ǅungla", "ﬁne", "İstanbul", "straße",
         "they're bill's friends", "123abc", "", "ΣΑΣ", "őű"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["Hello World", "hello", "HELLO", "Hello world", "123", "", "A1 B2", "ǅ"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print("ΌΣΟΣ".lower(), "ΣΑ".lower(), "Σ".lower())
