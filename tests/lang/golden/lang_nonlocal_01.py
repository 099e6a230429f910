# nonlocal: rebinding enclosing variables at several depths.
def outer():
    a = 1
    b = 10
    def mid():
        nonlocal a
        a += 1
        b = 100  # local to mid
        def inner():
            nonlocal a, b
            a *= 10
            b += 1
            return a, b
        r = inner()
        print("  mid after inner: a =", a, "b =", b, "r =", r)
        return b
    print("before:", a, b)
    m = mid()
    print("after mid:", a, b, m)
    mid()
    print("after second mid:", a, b)
    return a

print("result:", outer())

def accumulator():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total
    def reset():
        nonlocal total, history
        old = history
        total = 0
        history = []
        return old
    return add, reset, lambda: (total, history)

add, reset, state = accumulator()
for v in [3, 4, 5]:
    add(v)
print("state:", state())
print("reset returned:", reset())
add(100)
print("state after reset:", state())

def shadow():
    x = "enclosing"
    def f():
        x = "local"
        def g():
            nonlocal x
            x = "changed by g"
        g()
        return x
    inner_result = f()
    return x, inner_result

print(shadow())

def loop_counter():
    n = 0
    def step():
        nonlocal n
        for _ in range(3):
            n += 1
        return n
    return [step() for _ in range(3)]

print(loop_counter())

def gen_with_nonlocal():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    items = list(gen())
    return items, count

print(gen_with_nonlocal())
