# RecursionError traceback: repeated frames collapse into "[Previous line repeated N more times]".
def down(n):
    return down(n + 1) + 1
print("start")
down(0)
