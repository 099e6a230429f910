# ExceptionGroup.split/subgroup: predicates see groups too, untouched groups are kept as they are,
# derived groups keep traceback, cause, context and notes; derive() of subclasses; bad conditions.
def make():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
    except ExceptionGroup as e:
        return e
eg = make()
eg.__cause__ = RuntimeError("cause")
eg.add_note("note 1")
seen = []
def pred(e):
    seen.append(type(e).__name__ + (":" + e.message if isinstance(e, BaseExceptionGroup) else ""))
    return isinstance(e, ValueError)
m, r = eg.split(pred)
print(seen)
print(repr(m), repr(r))
print(m.__cause__, r.__notes__, m.__traceback__ is not None, m.__traceback__.tb_lineno == eg.__traceback__.tb_lineno)
print(eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg, eg.split(Exception)[1])
inner = eg.exceptions[1]
print(eg.subgroup(lambda e: e is inner or isinstance(e, KeyError)).exceptions[0] is inner)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.split(OSError), eg.subgroup((KeyError, TypeError)))
for bad in ("ValueError", 5, (ValueError, 5)):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged("tagged " + self.message, excs)
t = Tagged("t", [ValueError(1), ExceptionGroup("plain", [KeyError(2), ValueError(3)])])
print([repr(x) for x in t.split(ValueError)])
print(repr(t.derive([OSError()])), repr(ExceptionGroup("x", [ValueError()]).derive([KeyboardInterrupt()])))
for bad in (lambda: ExceptionGroup("m", ValueError()), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", {ValueError(): 1})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
