# KeyError's message is the repr of the key, including tuples and strings with quotes.
config = {("db", "host"): "localhost", "it's": 1}
print(config[("db", "host")], config["it's"])
print(config[("db", "port")])
