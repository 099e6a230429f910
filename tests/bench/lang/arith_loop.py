# CPU: a 10M-iteration arithmetic loop.
total = 0
for i in range(10_000_000):
    total += i * 3 % 7
print(total)
