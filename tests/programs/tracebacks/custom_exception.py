# A user-defined exception class from a module-level function: its qualified name and str.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(record):
    if "id" not in record:
        raise ValidationError("id", "is required")
    return True
print(validate({"id": 1}))
validate({"name": "x"})
