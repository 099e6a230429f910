# KeyError reprs: strings, ints, tuples; the uncaught one shows the key's repr.
d = {"alpha": 1, 2: "two", (1, 2): "pair"}
for key in ["beta", 3, (2, 1), "", None, 1.5]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
print(d["alpha"], d[2], d[(1, 2)])
config = {"host": "localhost"}
print("connecting to", config["host"], "on port", config["port"])
