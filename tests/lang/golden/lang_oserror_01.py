# OSError(errno, strerror[, filename, winerror, filename2]): fields, str(), args, and the subclass chosen by errno.
e = OSError(2, "No such file", "a.txt")
print(repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
e = OSError(13, "Denied", "a", None, "b")
print(repr(e), str(e), e.args, type(e).__name__)
print(repr(OSError("x")), OSError("x").errno, repr(OSError(1, 2, 3, 4, 5, 6)), str(OSError(1, 2, 3, 4, 5, 6)))
print(type(OSError(110, "t")).__name__, type(OSError(999, "t")).__name__, type(OSError("2", "t")).__name__)
print(IOError is OSError, EnvironmentError, BrokenPipeError.__mro__)
e = FileNotFoundError(5, "bad")
print(type(e).__name__, e.errno)
e.errno = 7
print(str(e))
class MyErr(OSError):
    def __init__(self, msg):
        super().__init__(17, msg)
m = MyErr("hi")
print(type(m).__name__, m.errno, m.strerror, str(m), m.args)
try:
    raise OSError(32, "pipe")
except BrokenPipeError as ex:
    print("caught", repr(ex))
