def f(d):
    return d["missing"]


print("start")
f({})
