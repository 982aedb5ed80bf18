# A long expression line: carets still point at the failing call in the middle.
data = {"alpha": [1, 2, 3], "beta": [4, 5, 6], "gamma": []}
summary = {name: (min(values), max(values), sum(values) / len(values)) for name, values in data.items() if name != "gamma"}
print(summary)
result = min(data["alpha"]) + max(data["beta"]) + min(data["gamma"]) + max(data["alpha"]) + sum(data["beta"])
