# A traceback through several frames, including a method and a lambda.
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.convert(part) for part in self.text.split(",")]
    def convert(self, part):
        return int(part.strip())
def load(text):
    p = Parser(text)
    return p.parse()
apply = lambda f, x: f(x)
print(apply(load, "1, 2, 3"))
apply(load, "1, two, 3")
