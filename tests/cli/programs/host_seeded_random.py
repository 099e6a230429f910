# In real time, random seeds itself from the host (under node: the CLI's random
# device, core/cli/lazy_crypto.js): two generators seeded so differ.
import random

a, b = random.Random(), random.Random()
print([a.random() for _ in range(4)] != [b.random() for _ in range(4)])
print(0.0 <= random.random() < 1.0, 1 <= random.randint(1, 6) <= 6)
