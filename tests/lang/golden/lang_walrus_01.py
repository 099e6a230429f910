# Assignment expressions (:=) in conditions, loops, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print("n after if:", n)

items = iter(["alpha", "beta", "", "gamma"])
while (word := next(items)):
    print("word:", word)
print("stopped at empty word:", repr(word))

values = [y for x in data if (y := x * 2) > 6]
print(values, "y leaks from comprehension:", y)
print([last := v for v in range(5)], last)
total = 0
print([total := total + v for v in data], total)

def parse(line):
    if (eq := line.find("=")) < 0:
        return None
    return line[:eq].strip(), line[eq + 1:].strip()

for line in ["a = 1", "no equals", "key=value=x"]:
    print(repr(line), "->", parse(line))

print((x := 10) + x, x)
print(f"{(z := 5) * 2} {z}")

def fn(a, b=(dflt := 99)):
    return a, b

print(fn(1), dflt)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("stack", stack, "top", top)
if any((bad := v) > 8 for v in data):
    print("first value above 8:", bad)
if all((ok := v) < 10 for v in data):
    print("all below 10, last checked:", ok)
pairs = {k: v for k in "ab" if (v := ord(k))}
print(pairs)
chunks = []
source = iter(range(10))
while chunk := [v for _, v in zip(range(3), source)]:
    chunks.append(chunk)
print(chunks)
print([(i, s) for i in range(4) if (s := i * i) % 2 == 0])
