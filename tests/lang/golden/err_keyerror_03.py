# Uncaught KeyError whose key is a string with quotes inside (repr chooses the quotes).
d = {}
try:
    d["plain"]
except KeyError as e:
    print("caught", e)
key = "it's"
print("missing key", repr(key))
d[key]
