# math: values, big ints and error messages as CPython 3.11's.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.floor(5), math.ceil(True))
print(math.floor(1e300) == 10**300, math.floor(1e20), math.ceil(-1e16 + 0.5), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(-1000), math.log(100), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1023 * 3))
print(math.sin(1), math.cos(1), math.tan(1), math.atan(1), math.atan2(1, -1), math.asin(0.5), math.acos(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 8), math.gcd(2**100, 2**80 * 3), math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10))
print(math.factorial(0), math.factorial(5), math.factorial(30), math.factorial(100) % 10**12 == 0)
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5), math.comb(10**20, 2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]), math.prod(range(1, 30)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([1e-16, 1, 1e16]), math.fsum([math.inf, 1]))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf), math.modf(3.5), math.modf(-2.25), math.modf(math.inf))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.remainder(10, 3), math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.expm1(1e-10), math.log1p(1e-10), math.erf(1), math.erfc(1), math.cbrt(27), math.exp2(10))
class F:
    def __float__(self): return 2.5
    def __floor__(self): return 'floored'
print(math.sqrt(F()), math.floor(F()))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0), lambda: math.exp(1000),
            lambda: math.pow(0, -1), lambda: math.pow(-8, 1/3), lambda: math.pow(10, 400), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.ceil("x"), lambda: math.sqrt("4"), lambda: math.fmod(1, 0),
            lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.isqrt(-1), lambda: math.gcd(1.5), lambda: math.log(1, 1),
            lambda: math.sin(math.inf), lambda: math.acos(2), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1,), (1, 2)),
            lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.log(10**400, 0), lambda: math.trunc("x"),
            lambda: math.exp(10**400), lambda: math.cosh(1000), lambda: math.ldexp(1.0, 5000), lambda: math.log1p(-1), lambda: math.atanh(1),
            lambda: math.sqrt(), lambda: math.sqrt(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(math.nan, 0), math.pow(1, math.nan))
import random
random.seed(11)
norms = []
for i in range(300):
    v = [random.uniform(-1, 1) * 10 ** random.randint(-300, 300) for _ in range(random.randint(2, 5))]
    norms.append(math.hypot(*v))
    norms.append(math.fsum(random.random() * 10 ** random.randint(-20, 20) for _ in range(20)))
    norms.append(math.log(random.randint(1, 10 ** random.randint(1, 600))))
print(norms[:6], sum(norms) == math.fsum(norms) or len(norms))
print(repr(math.fsum(norms)), math.floor(-0.0), math.ceil(-0.5), math.factorial(25), math.isqrt(10 ** 100 + 1))
print(sum(math.sqrt(i) for i in range(100000)))
