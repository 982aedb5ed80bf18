# A bug inside an except block: the original exception appears as context.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return float(txt)
print(parse("5"))
parse("x")
