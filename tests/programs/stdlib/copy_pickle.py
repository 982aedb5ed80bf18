# copy and pickle: shallow vs deep copies, custom __copy__/__deepcopy__, pickling round trips.
import copy, pickle
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
print(shallow.children[0].value, deep.children[0].value, shallow.children is tree.children, deep.children is tree.children)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print("__copy__ called")
        return "custom copy"
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "custom deepcopy"
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy({1: [2]}), copy.deepcopy(frozenset({1})))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = {"a": [1, 2.5, None, True], "b": (1, "x"), "c": {1, 2}, "d": b"bytes", "e": 10 ** 30}
    print(proto, pickle.loads(pickle.dumps(data, protocol=proto)) == data)
print(pickle.dumps(None, protocol=2), pickle.dumps(True, protocol=0), pickle.dumps(1, protocol=2), pickle.dumps("é", protocol=3))
restored = pickle.loads(pickle.dumps(tree))
print(restored, type(restored).__name__)
class WithState:
    def __init__(self):
        self.a, self.secret = 1, "hidden"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, state):
        self.__dict__.update(state, restored=True)
ws = pickle.loads(pickle.dumps(WithState()))
print(vars(ws))
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    # The message holds the function's address; the type is what is stable.
    print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
