# An exception raised inside a key function called by a builtin (sorted).
records = [{"name": "b", "age": 30}, {"name": "a", "age": 25}]
print(sorted(records, key=lambda r: r["age"]))
records.append({"name": "c"})
sorted(records, key=lambda r: r["age"])
