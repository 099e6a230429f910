# json errors and special values: invalid documents, unserializable objects, NaN/Infinity, default=.
import json

for doc in ['{"a": 1,}', "[1, 2", "{'single': 1}", "", "nul", '{"a" 1}', "[1] extra"]:
    try:
        json.loads(doc)
        print(repr(doc), "parsed")
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e.msg, "at pos", e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
class Thing:
    pass
try:
    json.dumps({"t": Thing()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.loads("NaN"), json.loads("[Infinity, -Infinity]"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"t": Thing()}, default=lambda o: f"<{type(o).__name__}>"))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 1e2, -0, 0.1]"))
