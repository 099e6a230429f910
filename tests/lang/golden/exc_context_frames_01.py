# __context__ across frames: an exception raised in a callee while a caller handles
# another one gets that one as its context, however deep the callee and however many
# frames it unwinds; frames left on the way out do not change it.
def deep(n, exc):
    if n == 0:
        raise exc
    return deep(n - 1, exc)

def handler_then_call(n):
    try:
        raise KeyError("outer")
    except KeyError:
        deep(n, ValueError("inner"))

for n in (0, 1, 50):
    try:
        handler_then_call(n)
    except ValueError as e:
        print(n, repr(e), repr(e.__context__), e.__traceback__ is not None)

def two_levels():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise TypeError("second")
        except TypeError:
            deep(3, RuntimeError("third"))

try:
    two_levels()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

def plain():
    deep(20, ValueError("no context"))

try:
    plain()
except ValueError as e:
    print(repr(e), e.__context__)

saved = ValueError("saved")
def reraise_saved():
    try:
        raise KeyError("while handling")
    except KeyError:
        raise saved

try:
    reraise_saved()
except ValueError as e:
    print(repr(e), repr(e.__context__))

import sys
def limit():
    return limit()
try:
    limit()
except RecursionError as e:
    print(type(e).__name__, e.__context__)
