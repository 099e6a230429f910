# CPU: the tutorial's CPU-bound task, sum(math.sqrt(i) for i in range(n)) at n = 2M.
# The whole part only: Pyodide's CPython (3.12) sums floats with compensation and
# differs from 3.11's sum in the last digits.
import math

print(int(sum(math.sqrt(i) for i in range(2_000_000))))
