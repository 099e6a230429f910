# sys: argv shape, maxsize, recursion limit, stdout.write, stderr output, platform-free facts.
import sys

print(len(sys.argv), sys.argv[0].endswith("mod_sys_01.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
print("to stderr", file=sys.stderr)
print("back to stdout", file=sys.stdout)
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(type(sys.modules).__name__, "sys" in sys.modules)
import asyncio
print("asyncio" in sys.modules, sys.modules["asyncio"] is asyncio)
print(sys.byteorder in ("little", "big"), sys.float_info.max, sys.float_info.epsilon)
print(sys.exc_info() == (None, None, None))
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
sys.stdout.flush()
print("last line")
