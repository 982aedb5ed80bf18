# A lambda failing inside map() consumed by list(): frames for <module> and <lambda>.
items = ["1", "2", "x", "4"]
print(list(map(int, items[:2])))
print(list(map(lambda s: int(s) * 10, items)))
