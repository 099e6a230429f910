# TypeError: not subscriptable / not callable / not iterable; the uncaught one iterates an int.
checks = []
try:
    (5)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    f = None
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    x = 3.5
    x["k"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
count = 10
for i in count:
    print(i)
