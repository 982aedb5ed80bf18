# An exception raised while evaluating an f-string replacement field.
user = {"name": "ann"}
print(f"user: {user['name']}")
print(f"user age: {user['age'] + 1}")
