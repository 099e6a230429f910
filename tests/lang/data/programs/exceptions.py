class MyError(Exception):
    pass
def f(n):
    try:
        if n:
            raise MyError("bad", n)
        return "ok"
    except MyError as e:
        return f"caught {e.args}"
    finally:
        print("finally", n)
print(f(0), f(1))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
for x in gen():
    print(x)
    break
print([1, 2][5])
