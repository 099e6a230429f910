# AttributeError messages for builtins; the uncaught one is on an int.
for obj, name in [("s", "push"), ([], "add"), ({}, "append"), (None, "x"), (3.5, "real_part"), ((1,), "sort")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
n = 5
print(n.bit_length())
n.length
