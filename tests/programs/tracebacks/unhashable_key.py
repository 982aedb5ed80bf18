# TypeError for an unhashable dict key, carets under the subscript.
counts = {}
for word in ["a", "b", "a"]:
    counts[word] = counts.get(word, 0) + 1
print(counts)
key = ["a", "b"]
counts[key] = 1
