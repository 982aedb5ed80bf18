# Carets under a subscript chain: the failing subscript is marked.
data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}
for user in data["users"]:
    print(user["name"], user["roles"][0] if user["roles"] else "-")
print(data["users"][1]["roles"][0])
