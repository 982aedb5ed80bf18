# Helper module with __all__ restricting star-imports.
__all__ = ["public_a", "public_b"]
public_a = "a"
public_b = "b"
not_exported = "c"
_hidden = "d"
