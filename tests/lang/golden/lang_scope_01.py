# Scoping rules: LEGB lookup, class bodies not enclosing methods, builtins shadowing, del in scopes.
x = "global x"

def legb():
    x = "enclosing x"
    def inner():
        return x
    return inner()

print(legb())

class C:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x
    def method2(self):
        return self.x
    items = [x for _ in range(1)]

print(C.y, "|", C().method(), "|", C().method2(), "|", C.items)

def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")

print(shadow_builtin(), len("abc"))

def late():
    return later_defined()

def later_defined():
    return "defined after the caller"

print(late())

def counter():
    count = 0
    def read():
        return count
    count = 5
    return read

print(counter()())

def conditional_local(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(conditional_local(True), "|", conditional_local(False))
loop_fns = []
for n in range(3):
    def show():
        return n
    loop_fns.append(show)
print([f() for f in loop_fns])

def make():
    results = []
    for i in range(3):
        results.append(lambda: i)
    i = 100
    return [r() for r in results]

print(make())
print(sorted(k for k in ("x", "C", "legb") if k in globals()), "inner" in globals())
def uses_global_later():
    return z_defined_later
z_defined_later = "module-level, defined after the function"
print(uses_global_later())
