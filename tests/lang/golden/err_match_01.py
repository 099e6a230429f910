# Run-time errors of class and mapping patterns, caught; the last one is uncaught.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]

class NotStr:
    __match_args__ = (1,)

class Dup:
    __match_args__ = ("a", "a")
    a = 1

class One:
    __match_args__ = ("a",)
    a = 1

def attempt(label, fn):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def no_args():
    match NoArgs():
        case NoArgs(1):
            pass

def too_many():
    match One():
        case One(1, 2):
            pass

def builtin_too_many():
    match 5:
        case int(a, b):
            pass

def bad_args():
    match BadArgs():
        case BadArgs(1):
            pass

def not_str():
    match NotStr():
        case NotStr(1):
            pass

def dup():
    match Dup():
        case Dup(1, 1):
            pass

def dup_kw():
    match One():
        case One(x, a=1):
            pass

def not_a_type():
    match 1:
        case len():
            pass

class Keys:
    A = "k"
    B = "k"

def dup_value_keys():
    match {"k": 1, "j": 2}:
        case {Keys.A: 1, Keys.B: 1}:
            pass

def unhashable_key():
    class H:
        key = []
    match {"a": 1}:
        case {H.key: 1}:
            pass

attempt("no __match_args__:", no_args)
attempt("too many:", too_many)
attempt("builtin:", builtin_too_many)
attempt("list __match_args__:", bad_args)
attempt("int element:", not_str)
attempt("repeated:", dup)
attempt("positional and keyword:", dup_kw)
attempt("not a type:", not_a_type)
attempt("duplicate keys:", dup_value_keys)
attempt("unhashable key:", unhashable_key)

# A wrong class pattern only fails when reached: an earlier case matching skips it.
match 1:
    case 1:
        print("matched before the bad pattern")
    case len():
        pass

def describe(p):
    match p:
        case One(a, b):
            return "two"
    return "none"

print(describe("not a One"))
print(describe(One()))
