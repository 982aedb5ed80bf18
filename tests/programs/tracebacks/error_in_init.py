# An exception raised inside __init__ during instance creation.
class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius
readings = [Temperature(20), Temperature(-10)]
print([r.celsius for r in readings])
Temperature(-300)
