# The time module under virtual time: time, monotonic, perf_counter, sleep, ns variants, strftime-free.
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print("start", t0, m0, p0)
time.sleep(1.25)
print("after sleep(1.25):", time.time() - t0, time.monotonic() - m0, time.perf_counter() - p0)
time.sleep(0)
print("sleep(0) keeps the clock:", time.monotonic())
for d in [0.1, 0.2, 0.3]:
    time.sleep(d)
print("after 0.6 more:", time.monotonic(), round(time.monotonic(), 9))
print("ns:", time.monotonic_ns(), time.time_ns(), time.perf_counter_ns())
print(type(time.time()).__name__, type(time.time_ns()).__name__)
start = time.perf_counter()
total = 0
for i in range(100000):
    total += i
elapsed = time.perf_counter() - start
print("pure computation costs no virtual time:", elapsed, total)
def timed(fn, *args):
    s = time.monotonic()
    r = fn(*args)
    return r, time.monotonic() - s
print(timed(lambda n: (time.sleep(n), n * 2)[1], 2.5))
try:
    time.sleep(-0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", type(e).__name__)
print(f"{time.time():.3f}", f"{time.monotonic():.3f}")
print(time.time() > 1.6e9, int(time.time()) - 1700000000)
