# Unpacking: tuple targets, starred targets, nested targets, swaps, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, *r)], s = [1, (2, 3, 4)], 5
print(p, q, r, s)
for i, (ch, code) in enumerate(zip("ab", [97, 98])):
    print(i, ch, code)
for k, *vs in [(1, 2, 3), (4,), (5, 6)]:
    print(k, vs)
d = {"one": 1, "two": 2}
for key, value in d.items():
    print(key, value)
k1, k2 = d
print(k1, k2)
m, n = "mn"
print(m, n)
print(*[1, 2, 3], sep="|")
print([*"ab", *range(2), *{"x": 0}])
print((*"ab",), {*()}, {**{}}, [*[], *[]])

def swap_ends(seq):
    first, *mid, last = seq
    return [last, *mid, first]

print(swap_ends([1, 2, 3, 4]), swap_ends("ab"))
cases = [("a, b = [1, 2, 3]", lambda: exec_unpack2([1, 2, 3])),
         ("a, b = [1]", lambda: exec_unpack2([1])),
         ("a, *b, c = [1]", lambda: exec_star([1])),
         ("a, b = 5", lambda: exec_unpack2(5)),
         ("a, b = iter(range(10))", lambda: exec_unpack2(iter(range(10))))]

def exec_unpack2(v):
    a, b = v
    return a, b

def exec_star(v):
    a, *b, c = v
    return a, b, c

for text, fn in cases:
    try:
        print(text, "->", fn())
    except (ValueError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
x = y = []
x.append(1)
print(x, y, x is y)
a = b = c = 7
print(a, b, c)
t = 1,
print(t, type(t).__name__)
(single,) = [42]
print(single)
matrix = [[1, 2], [3, 4]]
(a1, a2), (b1, b2) = matrix
print(a1 + b2, a2 + b1)
