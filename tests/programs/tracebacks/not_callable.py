# Calling a non-callable object: the TypeError and carets under the call.
handlers = {"start": print, "stop": "not a function"}
handlers["start"]("starting")
handlers["stop"]("stopping")
