# collections.ChainMap: lookups through the maps, writes to the first, views, children.
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "n": 1}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), dict(cm), cm, "n" in cm, cm.get("zz", 0))
print(cm.keys(), list(cm.items()), list(cm.values()), ("user", "admin") in cm.items(), bool(ChainMap()))
child = cm.new_child({"color": "blue"}); print(child["color"], child.parents, child.maps[0], ChainMap({1: 2}) == {1: 2})
cm["new"] = 5; print(env)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError:", e)
try:
    cm["missing"]
except KeyError as e:
    print("KeyError:", e)
print(cm.pop("new"), cm.setdefault("x", 9), env, cm.copy(), ChainMap.fromkeys("ab", 0), cm | {"z": 1})
