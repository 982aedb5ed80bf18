# A recursion that ends in a different exception: repeated frames collapse, then the last frames show.
def countdown(n):
    if n == 0:
        return {}["done"]
    return countdown(n - 1)
print("counting down")
countdown(30)
