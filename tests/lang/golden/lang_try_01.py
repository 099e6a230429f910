# try/except/else/finally: flow order, return in finally, re-raise, handler matching.
def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return log + ["returned from try"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__} {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for kind in ["none", "value", "key", "return"]:
    print(kind, flow(kind))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"

print(finally_overrides(), finally_swallows())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("  inner handler, re-raising as TypeError")
            raise TypeError("converted")
        finally:
            print("  inner finally")
    except TypeError as e:
        print("  outer caught", e, "context:", repr(e.__context__))
        return "ok"

print(nested())

def reraise():
    try:
        int("x")
    except ValueError:
        print("  logging, then bare raise")
        raise

try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

e_ref = "before"
try:
    raise OSError("tmp")
except OSError as e_ref:
    pass
try:
    e_ref
except NameError as err:
    print("except target deleted:", err)

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)

try:
    raise LookupError("base")
except KeyError:
    print("no")
except LookupError as e:
    print("LookupError handler", type(e).__name__)
try:
    {}["missing"]
except LookupError as e:
    print("KeyError is a LookupError:", repr(e))
try:
    try:
        raise ValueError(1)
    finally:
        print("finally runs while the exception propagates")
except ValueError as e:
    print("caught", e.args)
print(isinstance(ValueError(), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
