# Loops: for/else, while/else, break, continue, nested loops, loop over mutating lists.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally at", i)
while True:
    i -= 1
    if i < 3:
        print("break at", i)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else after empty for")
found = None
for row, line in enumerate(["abc", "def", "ghi"]):
    for col, ch in enumerate(line):
        if ch == "e":
            found = (row, col)
            break
    else:
        continue
    break
print("found e at", found)
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print("removing while iterating:", items)
count = 0
for x in items[:]:
    items.append(x * 10)
    count += 1
print(items, count)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print("total", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for i in range(3):
    pass
print("loop variable after loop", i)
for i in range(0):
    pass
print("unchanged after empty loop", i)
result = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    result.append(i)
print(result)
k = 10
while k:
    k -= 3 if k > 3 else k
    print("k", k)
print([j for j in range(5) for _ in range(j)])
d = {"a": 1}
for key in list(d):
    d[key + key] = 2
print(d)
