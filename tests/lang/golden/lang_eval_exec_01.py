# eval, exec and compile: the caller's namespaces (module, function snapshot, class body),
# given globals/locals, code objects, SyntaxError with CPython's attributes and display,
# errors raised inside; and names set through globals()[computed key].
x = 10
print(eval("x + 1"), eval("  [i * i for i in range(4)]"), eval("y", {"y": 5}), eval("a + b", {"a": 1}, {"b": 2}))
exec("z = x * 2\nprint('in exec', z)")
print(z)
ns = {}
exec("def f(n):\n    return n + 1\nk = f(1)", ns)
print(ns["k"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
def outer(p):
    q = p + 1
    def inner():
        return q
    print(sorted(locals()), eval("p + q"))
    exec("q = 100")
    return q, inner()
print(outer(1))
code = compile("3 * 7", "<calc>", "eval")
print(type(code).__name__, eval(code))
c2 = compile("for i in range(2): print('loop', i)", "<loop>", "exec")
exec(c2)
for bad in ["x = = 2", "return 5", "def f(:", "x = 1"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec("  x = 1")
except IndentationError as e:
    print("IndentationError", e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(eval("__name__"), eval("len('abc')", {}), eval("max", {"max": min})([3, 1]))
class C:
    v = 3
    w = eval("v * 2")
print(C.w)
globals()["x" + "y"] = 5
print(xy)
exec("global gg\ngg = 1\nhh = 2", {}, {})
print("gg" in globals())
eval("(1 +\n 2 +")
