# An uncaught TypeError in a binary operation: the carets mark the operator and operands.
def total(prices):
    subtotal = 0
    for p in prices:
        subtotal = subtotal + p
    return subtotal
print(total([1, 2, 3]))
print("now with a bad price")
total([1, 2, "3"])
