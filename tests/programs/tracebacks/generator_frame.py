# An exception raised inside a generator shows the generator's frame under the consumer's.
def numbers(items):
    for it in items:
        yield 100 // it
def consume(gen):
    total = 0
    for n in gen:
        total += n
    return total
print(consume(numbers([1, 2, 5])))
consume(numbers([4, 0]))
