# NameError inside a method for a name that exists as an attribute: "Did you mean: 'self.size'?"
class Box:
    def __init__(self):
        self.size = 3
    def doubled(self):
        return size * 2
b = Box()
print(b.size)
b.doubled()
