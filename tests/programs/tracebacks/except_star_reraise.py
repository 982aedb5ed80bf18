# Unhandled parts of an except* leave the try statement as a group.
try:
    raise ExceptionGroup("mixed", [ValueError("handled"), OSError("not handled"), KeyError("also not")])
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueError")
