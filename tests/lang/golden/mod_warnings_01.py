# warnings: warn with categories and stacklevel, the default filters (DeprecationWarning
# shown in __main__), once per location, catch_warnings(record=True), error, ignore, reset.
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def f(x):
    warnings.warn(f"bad value {x}")
for i in range(3):
    f(i)
old()
warnings.warn("top level", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(9); f(10)
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].lineno, w[0].filename.endswith("w1.py"))
warnings.simplefilter("error")
try:
    f(5)
except UserWarning as e:
    print("raised:", e)
warnings.simplefilter("ignore")
f(6)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="bad value 7")
f(7)
f(8)
print("done")
