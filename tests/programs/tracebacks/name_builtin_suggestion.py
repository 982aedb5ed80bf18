# NameError for a misspelt builtin: the suggestion names the builtin.
values = [3, 1, 2]
print(sorted(values))
print(sortd(values))
