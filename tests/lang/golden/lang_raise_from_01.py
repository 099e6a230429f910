# raise ... from: __cause__, __context__, __suppress_context__, exception args.
class AppError(Exception):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e

try:
    load("zz")
except AppError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)

def hide():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

try:
    hide()
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def implicit():
    try:
        [][1]
    except IndexError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, repr(str(e)))
try:
    raise KeyError("quoted")
except KeyError as e:
    print("KeyError str:", str(e), "repr:", repr(e))
try:
    raise TypeError("bad") from KeyError("cause")
except TypeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)

chain = None
try:
    try:
        try:
            raise OSError("level 1")
        except OSError as e1:
            raise ValueError("level 2") from e1
    except ValueError:
        raise KeyError("level 3")
except KeyError as e3:
    chain = e3
node = chain
while node is not None:
    link = "cause" if node.__cause__ is not None else "context"
    print(" ->", repr(node), "via", link)
    node = node.__cause__ or node.__context__

e = RuntimeError("manual")
e.__cause__ = ValueError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
err = ValueError("with note")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
print(repr(Exception()), str(Exception()), repr(Exception("x", "y")), str(Exception("x", "y")))
