# yield from: delegation of values, send, throw, close and return values.
def inner(tag):
    print(f"  inner {tag} start")
    try:
        x = yield f"{tag}-1"
        print(f"  inner {tag} received {x!r}")
        y = yield f"{tag}-2"
        print(f"  inner {tag} received {y!r}")
    except KeyError as e:
        print(f"  inner {tag} caught KeyError {e}")
        yield f"{tag}-recovered"
    finally:
        print(f"  inner {tag} finally")
    return f"{tag}-result"

def outer():
    r1 = yield from inner("A")
    print("  outer got", r1)
    r2 = yield from inner("B")
    print("  outer got", r2)
    r3 = yield from [100, 200]
    print("  outer got from list", r3)
    return "outer-done"

g = outer()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

g2 = outer()
next(g2)
print("closing in the middle")
g2.close()

def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", range(3), (x for x in "yz"), {"k": 1})))

def counter_sub():
    n = 0
    while True:
        cmd = yield n
        if cmd == "done":
            return n
        n += cmd

def delegator():
    total = yield from counter_sub()
    yield f"sub total {total}"

d = delegator()
print(next(d), d.send(5), d.send(7), d.send("done"))

def gen_returns():
    return "early"
    yield

def wrapper():
    v = yield from gen_returns()
    yield v

print(list(wrapper()))
