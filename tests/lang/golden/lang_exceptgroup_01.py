# ExceptionGroup and BaseExceptionGroup: construction, split, subgroup, derive, nesting.
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("inner", [ValueError("v2"), KeyError("k1")]),
])
print(repr(eg))
print(str(eg))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
match, rest = eg.split(ValueError)
print("split match:", repr(match))
print("split rest:", repr(rest))
print("subgroup TypeError:", repr(eg.subgroup(TypeError)))
print("subgroup OSError:", eg.subgroup(OSError))
print("subgroup by predicate:", repr(eg.subgroup(lambda e: isinstance(e, Exception) and "1" in str(e))))
m2, r2 = eg.split((ValueError, TypeError, KeyError))
print(repr(m2), r2)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup("base", [ValueError("ok")])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("base2", [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception))
for bad in [lambda: ExceptionGroup("empty", []), lambda: ExceptionGroup("notlist", ValueError()),
            lambda: ExceptionGroup(5, [ValueError()]), lambda: ExceptionGroup("base", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)

mg = MyGroup("mine", [ValueError(1), KeyError(2)])
a, b = mg.split(ValueError)
print(type(a).__name__, repr(a), type(b).__name__, repr(b))

def leaves(group, depth=0):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print("  " * depth + f"group {e.message!r}:")
            leaves(e, depth + 1)
        else:
            print("  " * depth + f"leaf {e!r}")

leaves(eg)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught with plain except:", caught is eg)
eg2 = ExceptionGroup("notes", [ValueError()])
eg2.add_note("a note")
print(eg2.__notes__, repr(eg2.split(ValueError)[0].__notes__))
