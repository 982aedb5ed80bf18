# Node positions: lineno, col_offset in UTF-8 bytes, end positions, with non-ASCII source.
import ast
src = 'café = "naïve" + ñame\nif x:\n    print(f"{y!r:>10}")\n'
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True, indent=1))
for node in ast.walk(tree):
    if isinstance(node, (ast.Name, ast.Constant)):
        print(type(node).__name__, getattr(node, "id", getattr(node, "value", None)), node.lineno, node.col_offset,
              node.end_lineno, node.end_col_offset, repr(ast.get_source_segment(src, node)))
