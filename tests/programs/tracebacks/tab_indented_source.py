# Source lines indented with tabs are shown with their indentation stripped in the traceback.
def f(values):
	result = []
	for v in values:
		result.append(10 / v)
	return result
print(f([1, 2]))
f([1, 0])
