# User-defined exceptions: hierarchies, extra attributes, __str__, args, catching by base.
class AppError(Exception):
    """Base class for the app."""

class NotFound(AppError):
    def __init__(self, what, where="db"):
        super().__init__(what, where)
        self.what, self.where = what, where
    def __str__(self):
        return f"{self.what} not found in {self.where}"

class Invalid(AppError, ValueError):
    pass

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"

def fail(kind):
    if kind == "nf":
        raise NotFound("user:7")
    if kind == "inv":
        raise Invalid("bad input", 42)
    if kind == "repr":
        raise WithRepr("payload")
    if kind == "plain":
        raise AppError()
    return "ok"

for kind in ["nf", "inv", "repr", "plain", "none"]:
    try:
        print(kind, "->", fail(kind))
    except NotFound as e:
        print(kind, "-> NotFound:", str(e), "|", repr(e), "|", e.args, e.what, e.where)
    except ValueError as e:
        print(kind, "-> ValueError branch:", type(e).__name__, str(e), repr(e), isinstance(e, AppError))
    except AppError as e:
        print(kind, "-> AppError branch:", repr(e), repr(str(e)), type(e).__doc__)
    except Exception as e:
        print(kind, "-> generic:", repr(e), str(e))
print([k.__name__ for k in Invalid.__mro__])
e = NotFound("file", where="disk")
print(e, e.args, repr(e), isinstance(e, Exception), issubclass(NotFound, BaseException))
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
ce = CodeError(404)
print(repr(ce), str(ce), ce.args, ce.code)
class NoInit(Exception):
    pass
ni = NoInit("a", "b")
print(ni.args, str(ni), repr(ni))
ni.args = ("changed",)
print(str(ni), repr(ni))
try:
    try:
        raise NotFound("x")
    except AppError as err:
        err.extra = "annotated"
        raise
except NotFound as err2:
    print("same object re-raised:", err2.extra)
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(IndexError("idx")), repr(StopIteration(5)))
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
print(repr(SystemExit(3)), SystemExit(3).code, repr(KeyboardInterrupt()), issubclass(KeyboardInterrupt, Exception))
print(repr(TimeoutError()), issubclass(TimeoutError, OSError), repr(NotImplementedError("todo")), issubclass(NotImplementedError, RuntimeError))
