# random: seeded sequences must match CPython 3.11 bit for bit.
import random

random.seed(0)
print([round(random.random(), 6) for _ in range(3)])
print(random.randint(1, 100), random.randint(1, 6), random.uniform(1.5, 2.5), random.uniform(10, 1))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.randrange(0, 100, 5))
random.seed(42)
print(random.random(), random.randint(0, 10 ** 6))
random.seed(2024)
print(random.random(), random.sample(range(50), 4), random.sample(range(10 ** 6), 5))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6))
print(random.choices("xy", cum_weights=[0.5, 1.0], k=3), random.choices(range(4), [0.1, 0.2, 0.3, 0.4]), random.choices("ab", k=0))
print(random.gauss(), random.gauss(1, 2), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.expovariate(2), random.triangular(), random.triangular(1, 3, 2), random.triangular(2, 2))
print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(0), random.getrandbits(5), random.getrandbits(64), random.getrandbits(100), random.randbytes(5))
print(random.randrange(10), random.randrange(-5, 5), random.randrange(10, 0, -3), random.randrange(2 ** 70))
print(random.randint(-2 ** 64, 2 ** 64), random.randint(7, 7), random.randint(True, 3))
print(random.sample(["a", "b", "c"], k=4, counts=[1, 2, 3]), random.sample("abc", 0), random.sample((5, 6, 7), 3))
for seed in ["hello", b"bytes", 3.5, -2.25, True, -17, 2 ** 100, "", 0]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
r1, r2 = random.Random(7), random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 10 ** 30), r1.sample([1, 2, 3, 4, 5, 6, 7, 8], 3), r1.choice([10, 20]))
print(isinstance(r1, random.Random), type(r1).__name__, r1.gauss(), r2.gauss())
r1.seed(7)
print(r1.random(), r2.random())
state = random.Random(99)
deck = [f"{rank}{suit}" for suit in "SH" for rank in "A23"]
state.shuffle(deck)
print(deck, state.choices(deck, k=3))
random.seed(None)
print(type(random.random()).__name__, 0 <= random.random() < 1)
random.seed(5)
rolls = [random.randint(1, 6) for _ in range(1000)]
print(sum(rolls), rolls.count(6), max(rolls), min(rolls))
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]),
            lambda: random.randrange(1, 10, 0), lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 3),
            lambda: random.getrandbits(-1), lambda: random.choices([1, 2], [1]), lambda: random.choices([1], 3),
            lambda: random.randint(1), lambda: random.seed([1]), lambda: random.choices([1, 2], weights=[0, 0]),
            lambda: random.randrange(3, 3), lambda: random.randint(1, 2, 3), lambda: random.shuffle(None),
            lambda: random.choices([1], weights=[1], cum_weights=[1]), lambda: random.sample([1], 1, counts=[0]),
            lambda: random.uniform(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(123)
print(random.gammavariate(0.5, 2), random.gammavariate(1, 3), random.gammavariate(4.5, 1), random.betavariate(2, 5))
print(random.vonmisesvariate(1, 0), random.vonmisesvariate(2.5, 4), random.vonmisesvariate(0, 1e-7))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
random.gauss()
g_state = random.getstate()
print(random.gauss() == (random.setstate(g_state) or random.gauss()))
for bad in [lambda: random.gammavariate(0, 1), lambda: random.setstate((2, (), None)), lambda: random.setstate((3, (1, 2), None))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
