# Carets under the failing link of a method-call chain.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def next(self):
        return self.nxt
    def value(self):
        return 42
chain = Node(Node(Node()))
print(chain.next().next().value())
print(chain.next().next().next().value())
