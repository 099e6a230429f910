# json.dumps and json.loads: types, nesting, round trips, separators, indent, sort_keys.
import json

obj = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "ratio": 0.5, "nested": {"k": [1, {"x": 2}]}}
s = json.dumps(obj)
print(s)
print(json.loads(s) == obj, type(json.loads(s)).__name__)
print(json.dumps(obj, sort_keys=True))
print(json.dumps([1, 2, {"a": []}], indent=2))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=4, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps("héllo \"quoted\" \n tab\t"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(3.0), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps((1, 2)))
print(json.loads('[1, 2.5, "x", true, false, null, {"k": -3e2}]'))
print(json.loads('"\\u00e9\\n"'), json.loads("  42  "), json.loads('{"a": {"b": {"c": []}}}'))
print(json.dumps({1: "int key", True: "bool key", None: "null key"}))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps([[]], indent=2))
data = json.loads('{"z": 1, "a": 2, "m": 3}')
print(list(data), json.dumps(data))
