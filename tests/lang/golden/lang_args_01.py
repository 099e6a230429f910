# *args and **kwargs: collection, forwarding, unpacking at call sites.
def show(*args, **kwargs):
    print("args =", args, "kwargs =", kwargs)
    return len(args) + len(kwargs)

print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, "two", three=3))
nums = [4, 5, 6]
opts = {"x": 1, "y": 2}
print(show(*nums))
print(show(*nums, **opts))
print(show(0, *nums, 7, *"ab", z=0, **opts))
print(show(*range(3), **{"k": "v"}, extra=True))

def mixed(a, b, *rest, c, d=4, **more):
    print(f"a={a} b={b} rest={rest} c={c} d={d} more={more}")

mixed(1, 2, c=3)
mixed(1, 2, 3, 4, 5, c=6, d=7, e=8, f=9)
mixed(*[1, 2, 3], **{"c": 30, "zz": 0})

def forward(*args, **kwargs):
    print("forwarding", len(args), "positional and", sorted(kwargs))
    return mixed(*args, **kwargs)

forward(10, 20, 30, c=40, q=50)

def total(*values, start=0):
    acc = start
    for v in values:
        acc += v
    return acc

print(total(), total(1, 2, 3), total(1, 2, start=100), total(*range(10)))

def first_and_rest(first, *rest):
    return first, rest

print(first_and_rest(1), first_and_rest(1, 2), first_and_rest(*"hello"))

def kw_only_collect(**kw):
    return sorted(kw.items())

print(kw_only_collect(b=2, a=1, c=3))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged)
print(show(**merged))
args = (1,)
print(show(*args, *args, *args))
