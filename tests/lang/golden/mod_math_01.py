# math: constants, rounding functions, powers/logs, trig, integer functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-3.9), type(math.floor(1.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.factorial(20), math.factorial(30), math.gcd(48, 180), math.gcd(0, 5), math.lcm(4, 6), math.gcd(12, 18, 24))
print(math.comb(10, 3), math.perm(5, 2), math.comb(52, 5), math.perm(5))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.25), math.frexp(8), math.ldexp(0.5, 4))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.dist((0, 0), (3, 4)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.asin(1), math.acos(1), math.atan(math.inf), math.sinh(0), math.cosh(0), math.tanh(100))
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), math.ceil(2 ** 70 / 3))
