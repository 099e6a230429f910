# AttributeError on user objects, classes and modules; the uncaught one on an instance.
import asyncio

class Point:
    def __init__(self):
        self.x = 1

p = Point()
for target, name in [(p, "y"), (Point, "z"), (asyncio, "nonexistent_function")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.method()
except AttributeError as e:
    print("AttributeError:", e)
print("x =", p.x)
print("y =", p.y)
