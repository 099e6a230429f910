# Module attributes read at one site many times while the module changes underneath:
# a replaced function, a new attribute, a deleted one (AttributeError), a restored one.
import math

original = math.sqrt
results = []
for step in range(6):
    if step == 2:
        math.sqrt = lambda x: -x
    if step == 3:
        math.extra = 7
        del math.sqrt
    if step == 4:
        math.sqrt = original
    try:
        results.append(math.sqrt(16))
    except AttributeError as e:
        results.append(str(e))
    results.append(getattr(math, "extra", None))
    results.append(math.pi if step % 2 else math.e)
print(results)

def read(mod):
    return mod.floor(2.5), mod.pi

print(read(math))
import random
try:
    print(read(random))
except AttributeError as e:
    print("AttributeError:", e)
print(read(math))
