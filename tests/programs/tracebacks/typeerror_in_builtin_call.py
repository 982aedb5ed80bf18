# A TypeError raised by a builtin called with a wrong type, several levels deep.
def fmt(values):
    return ", ".join(values)
def report(data):
    return "values: " + fmt(data)
print(report(["a", "b"]))
print(report([1, 2]))
