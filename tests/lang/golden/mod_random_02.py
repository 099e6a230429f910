# random: shuffle, sample, choices (weights), seeding with different types, state round trip.
import random

random.seed(1)
deck = list(range(10))
random.shuffle(deck)
print("shuffled", deck)
print("sample", random.sample(range(100), 5), random.sample("abcdefg", 3))
print("choices", random.choices("xyz", k=6))
print("weighted", random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
print("cum weighted", random.choices(["a", "b", "c"], cum_weights=[1, 2, 12], k=8))
random.seed("text seed")
print("str seed", random.random())
random.seed(2 ** 80 + 5)
print("big int seed", random.random(), random.randint(1, 10))
random.seed(-3)
print("negative seed", random.random())
random.seed(1.5)
print("float seed", random.random())
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print("state restored:", first == [random.random() for _ in range(3)])
words = ["alpha", "beta", "gamma", "delta"]
random.seed(99)
random.shuffle(words)
print(words)
print(random.sample(words, len(words)))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
print(sorted(random.sample(range(1000), 10)))
