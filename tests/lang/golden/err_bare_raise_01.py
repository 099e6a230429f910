# A bare raise with no active exception.
def f():
    print("in f")
    raise

f()
