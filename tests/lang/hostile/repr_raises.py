# Hostile: __repr__/__str__ that raise while printing, inside containers, f-strings
# and format(); the last one is uncaught (a traceback through print).
class Bad:
    def __repr__(self):
        raise ValueError("repr exploded")


class BadStr:
    def __str__(self):
        raise KeyError("str exploded")


class ReprReturnsInt:
    def __repr__(self):
        return 42


attempts = [
    lambda: print(Bad()),
    lambda: print([1, Bad(), 3]),
    lambda: print({"k": (Bad(),)}),
    lambda: print({Bad()}),
    lambda: print(f"value {Bad()!r}"),
    lambda: print(f"value {BadStr()}"),
    lambda: print("{}".format(BadStr())),
    lambda: print("%r" % (Bad(),)),
    lambda: print(repr(ReprReturnsInt())),
    lambda: print([ReprReturnsInt()]),
    lambda: str(BadStr()),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)

print("before")
print([[Bad()]])
print("never")
