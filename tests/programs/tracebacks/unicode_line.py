# Carets under a source line holding non-ASCII characters are placed by character width.
label = "naïve café"
count = {"café": 1}
print(label, count["café"])
print("total: " + count["café"] + " élément")
