# CPU: the tutorial's CPU-bound task, sum(math.sqrt(i) for i in range(n)) at n = 2M.
import math

print(round(sum(math.sqrt(i) for i in range(2_000_000)), 3))
