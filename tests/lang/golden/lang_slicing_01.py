# Slicing: lists, strings, tuples, ranges, negative steps, assignment, slice objects.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::2])
print(s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:5], s[9:0], s[100:], s[-100:2])
text = "Hello, World"
print(text[7:], text[:5], text[::-1], text[::2], text[-5:-1], text[3:3] == "")
print((1, 2, 3, 4)[1:3], range(10)[2:8:3], list(range(10)[::-4]))
t = s[:]
t[2:4] = ["a", "b", "c"]
print(t)
t[::2] = "x" * len(t[::2])
print(t)
t[1:3] = []
print(t)
t[:0] = [-1, -2]
print(t)
t[len(t):] = [99]
print(t)
try:
    t[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl)
print(slice(5), slice(None, None, -1).indices(4), slice(2, 100).indices(10))
print(s[slice(None, 3)], "abcdef"[slice(-2, None)])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][::-1], [row[1:] for row in nested])
b = bytearray(b"abcdef") if False else None
u = "ümlaut"
print(u[1:4], u[::-1], len(u[1:]))
big = list(range(20))
del big[::3]
print(big)
print(s[-2], s[-10], "python"[-1], (5,)[-1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)
