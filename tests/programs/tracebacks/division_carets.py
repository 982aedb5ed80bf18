# Carets for a division by zero inside a larger arithmetic expression.
def average(values):
    return sum(values) / len(values) * 100 // 1
print(average([1, 2, 3]))
print(average([]))
