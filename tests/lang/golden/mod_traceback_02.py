# traceback.extract_tb / format_tb / print_tb / walk_tb / format_list, StackSummary and
# FrameSummary as sequences.
import traceback
def f(n):
    if n == 0:
        raise ValueError("x")
    f(n - 1)
try:
    f(2)
except ValueError as e:
    tb = e.__traceback__
    s = traceback.extract_tb(tb)
    print(type(s).__name__, len(s), s[0].name, s[-1].line, s[-1].lineno, tuple(s[1]))
    print(traceback.extract_tb(tb, limit=2)[-1].name, traceback.extract_tb(tb, limit=-1)[0].name)
    print("".join(traceback.format_tb(tb)), end="")
    print([ln for _, ln in traceback.walk_tb(tb)])
    print(traceback.format_list([("a.py", 3, "g", "return 1")]))
    traceback.print_tb(tb, limit=1)
    print(s[0] == s[0], s[0][2], list(s[0]))
def g():
    print(traceback.extract_stack()[-1].name, traceback.format_stack()[-1].strip())
g()
