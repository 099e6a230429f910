# math in small algorithms: primes with isqrt, distances, angles, numeric integration, rounding.
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

print([n for n in range(60) if is_prime(n)])
points = [(0, 0), (3, 4), (-1, 7), (6, -2)]
for p in points:
    r = math.hypot(*p)
    theta = math.degrees(math.atan2(p[1], p[0]))
    print(f"{p}: r={r:.4f} theta={theta:.2f}")
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(f"{integrate(math.sin, 0, math.pi):.10f}", f"{integrate(lambda x: x * x, 0, 3):.10f}")
print(f"{4 * sum((-1) ** k / (2 * k + 1) for k in range(10000)):.10f}")
print([round(math.sqrt(n), 4) for n in range(1, 11)])
print([math.comb(6, k) for k in range(7)])
print(math.gcd(2 ** 64, 6 ** 30), math.lcm(*range(1, 21)))
print(math.floor(-0.5), math.ceil(-0.5), round(-0.5), math.trunc(0.999), int(math.copysign(1, -0.0)))
angles = [0, 30, 45, 60, 90, 180, 270]
print([round(math.sin(math.radians(a)), 6) for a in angles])
print([round(math.cos(math.radians(a)), 6) for a in angles])
print(math.e ** 2 == math.exp(2), abs(math.e ** 2 - math.exp(2)) < 1e-12, math.sqrt(2) ** 2)
print(math.inf > 10 ** 1000, math.inf - math.inf != math.inf - math.inf, math.nan in [math.nan])
