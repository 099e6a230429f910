# except*: splitting ExceptionGroups across handlers, re-raising what remains.
def show(label, eg):
    print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])

try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    show("ValueError handler:", eg)
except* TypeError as eg:
    show("TypeError handler:", eg)

try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("o"), ValueError("v")])
    except* KeyError as eg:
        show("KeyError handler:", eg)
except ExceptionGroup as rest:
    show("unhandled remainder:", rest)

try:
    raise ValueError("naked")
except* ValueError as eg:
    show("naked exception wrapped:", eg)

try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), KeyError("c")])])
except* ValueError as eg:
    print("nested ValueErrors:", repr(eg))
except* KeyError as eg:
    print("nested KeyErrors:", repr(eg))

try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise RuntimeError("raised in handler")
except ExceptionGroup as eg:
    show("handler raising gives:", eg)
    print("  context of inner:", repr(eg.exceptions[0].__context__))
except RuntimeError as e:
    print("plain RuntimeError", e)

def f():
    try:
        raise ExceptionGroup("eg", [ZeroDivisionError("z"), ZeroDivisionError("zz")])
    except* ZeroDivisionError as eg:
        print("handled", len(eg.exceptions), "ZeroDivisionErrors")
    else:
        print("else not run")
    finally:
        print("finally runs")
    return "f done"

print(f())

try:
    raise ExceptionGroup("only", [OSError("o1")])
except* (OSError, ValueError) as eg:
    show("tuple of types:", eg)

try:
    try:
        raise ExceptionGroup("nothing matched", [IndexError("i")])
    except* KeyError:
        print("not reached")
except* IndexError as eg:
    show("outer except* catches the re-raised group:", eg)
