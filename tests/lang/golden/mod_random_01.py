# random with the oracle's seed 0: random(), randint, randrange, choice, uniform.
import random

print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], [random.randrange(5, 50, 5) for _ in range(5)])
print([random.choice("abcdef") for _ in range(8)])
print([round(random.uniform(-1, 1), 6) for _ in range(3)])
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(12345)
print(random.randint(0, 10 ** 6), random.randint(-100, 100), random.randrange(1000000007))
random.seed(0)
print(random.random(), random.randint(1, 100))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
rng = random.Random(7)
print(rng.random(), rng.randint(1, 10), rng.choice([10, 20, 30]))
print(random.choice([None, True, 3]), random.choice(range(100)), random.choice((1,)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
