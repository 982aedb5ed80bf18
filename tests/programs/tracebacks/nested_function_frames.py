# Frames of nested functions and closures are named with their qualified names only by co_name.
def outer(n):
    def middle(m):
        def inner(k):
            return [1, 2, 3][k]
        return inner(m + 1)
    return middle(n + 1)
print(outer(0))
outer(1)
