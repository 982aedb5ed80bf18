# NameError with a "Did you mean" suggestion for a near-miss local name.
def compute():
    counter = 0
    for item in range(3):
        counter += item
    return countr
print("computing")
compute()
