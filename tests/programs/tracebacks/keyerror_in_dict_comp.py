# Traceback from inside a comprehension shows the comprehension's line in the same frame (PEP 709).
prices = {"apple": 1.0, "pear": 2.0}
order = ["apple", "pear", "plum"]
print({k: prices[k] for k in order[:2]})
costs = {k: prices[k] * 2 for k in order}
