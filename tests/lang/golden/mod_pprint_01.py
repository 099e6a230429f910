# pprint: one line when it fits (dicts sorted), one item per line otherwise (dicts, lists,
# tuples, sets, frozensets), long strings split at spaces, width/indent/depth/compact/
# sort_dicts, recursion, saferepr/isreadable/isrecursive, pp.
from pprint import pprint, pformat, pp, PrettyPrinter, saferepr, isrecursive, isreadable
data = {"zeta": [1, 2, 3], "alpha": {"nested": list(range(30)), "b": "x" * 20}, "mid": (1, 2), "s": {3, 1, 2}}
pprint(data)
pprint(data, width=40)
pprint(data, sort_dicts=False, width=60)
pp({"b": 1, "a": 2})
pprint(list(range(50)), compact=True)
pprint([{"name": f"task-{i}", "state": "done", "result": i * i, "tags": ["a", "b"]} for i in range(4)])
pprint("The quick brown fox jumps over the lazy dog. " * 4)
pprint(("x" * 30, "y" * 30, ("z" * 30,)), width=50)
pprint(frozenset(range(25)), width=30)
pprint(set(), width=10)
pprint({"deep": {"deeper": {"deepest": [1, 2, 3]}}}, depth=2)
rec = [1, 2]; rec.append(rec)
print(pformat(rec).split(" id=")[0]); print(isrecursive(rec), isreadable([1, "a"]), saferepr({"b": 1, "a": [1, 2]}))
print(pformat({"k": list(range(20))}, indent=4, width=30))
pprint({1: "a", "x": 2, (1, 2): 3, None: 4})
class P:
    def __repr__(self): return "P()"
pprint([P()] * 20)
