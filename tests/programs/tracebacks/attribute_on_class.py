# AttributeError on a class (type object) with its suggestion.
class Config:
    timeout = 30
    retries = 3
print(Config.timeout)
print(Config.retires)
