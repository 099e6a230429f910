# Tracebacks underline the failing expression as CPython 3.11 does: ~ and ^ for a
# binary operation or a subscript, ^ for calls, attributes and names, nothing when
# the expression is the whole line.
import traceback
def show(f):
    # The traceback as CPython prints it, the file named without its directory.
    try:
        f()
    except Exception:
        for line in traceback.format_exc().splitlines():
            if line.startswith('  File "'):
                path = line.split('"')[1]
                line = line.replace(path, path.rsplit("/", 1)[-1])
            print(line)
def f1(): x = 1 / 0
def f2(): d = {}; return d["missing"]
def f3():
    a = [1]
    return a[0] + "s"
def f4(): return undefined_name + 1
def f5():
    obj = object()
    return obj.attribute_missing
def f6(): return int("x") * 2
def f7():
    values = {"a": [1, 2]}
    return values["a"][5]
def f8(): return len(5)
def f9():
    x = (1 +
         "a")
def f10():
    s = "abc"
    s += 1
def f11(): return [1, 2, 3][10]
def f12():
    raise ValueError("plain")
def f13(): return max([])
def f14():
    return f13()
def f15():
    t = (1, 2)
    t.append(3)
def f16(): return 1 < "a"
def f17():
    for x in 5:
        pass
def f18(): return {}.get("a").upper()
def f19(): return 10 ** 2 // 0
def f20():
    lst = [1, 2]
    lst [ 7 ]
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f14, f15, f16, f17, f18, f19, f20):
    show(f)
