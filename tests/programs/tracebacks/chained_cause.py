# Uncaught exception with an explicit cause: "The above exception was the direct cause".
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad port {text!r}") from e
print(parse_port("8080"))
parse_port("eighty")
