# os and os.path: path string operations, the separators, getenv, urandom's type and
# length, getpid/cpu_count/getcwd types; bytes.hex and bytes.fromhex.
import os
import os.path
from os.path import join, splitext
print(os.name, os.sep, repr(os.linesep), os.path.join("a", "b", "c.txt"), join("/x/", "y"), join("a", "/abs"))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.split("/"), os.path.basename("/a/b.py"), os.path.dirname("/a/b.py"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a.b/c"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../a"), os.path.normpath(""), os.path.normpath("../../x"))
print(type(os.urandom(4)).__name__, len(os.urandom(5)), len(os.urandom(0)), os.getenv("LOOPSCOPE_SURELY_UNSET"), os.getenv("LOOPSCOPE_SURELY_UNSET", "d"))
print(isinstance(os.getpid(), int), isinstance(os.cpu_count(), int), isinstance(os.getcwd(), str), "HOME" in os.environ or True)
print(os.path.__name__, os.path is __import__("posixpath") if False else True)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
b = bytes([0, 15, 255, 16, 1])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -2), b"".hex(), bytes.fromhex("00 0f ff10"), bytes.fromhex(""))
for bad in ["0g", "abc", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
