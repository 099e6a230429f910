# sys: streams, print(file=), version, recursion limit, exit.
import sys
print("to stderr", file=sys.stderr)
n = sys.stdout.write("hello\n")
print(n, sys.stdout.write("héllo\n"), sys.stderr.write("err\n"))
sys.stdout.flush()
print(sys.stdout, sys.stderr, sys.stdout.isatty())
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor, type(sys.version_info))
print(sys.version.startswith("3.11"), sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform in ("linux", "emscripten"), sys.byteorder)
print(type(sys.argv), len(sys.argv) >= 1, sys.getrecursionlimit())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
import math
print('math' in sys.modules, type(sys.modules).__name__)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit(1.5), lambda: sys.stdout.write(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0], repr(sys.exc_info()[1]), sys.exception())
print(sys.exc_info(), sys.exception())
sys.stdout.writelines(["a\n", "b\n"])
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1
print(deep(1500))
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code if hasattr(e, "code") else e.args)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info)
print("sys" in sys.modules, sys.modules["math"] is math)
def fails():
    return 1 / 0
try:
    fails()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
try:
    fails()
except ZeroDivisionError as e:
    print(e.__traceback__ is not None, ZeroDivisionError().__traceback__)
print("end")
sys.exit("bye")
