# The script itself does not compile: only the SyntaxError with its caret is printed.
print("this never runs")
def broken(:
    pass
