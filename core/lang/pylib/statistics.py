# statistics for Loopscope programs: mean, fmean, median (low/high), mode, multimode,
# quantiles, variance, pvariance, stdev, pstdev and harmonic_mean for ints and floats,
# with CPython 3.11's results to the last bit: sums are exact (as fractions of
# integers), the result is converted once (an int when exact and every input is an
# int), and standard deviations are correctly rounded square roots of exact variances.
# Left out: Fraction and Decimal data, NormalDist, correlation and linear_regression.
import math
from collections import Counter


class StatisticsError(ValueError):
    pass


def _exact(x):
    # x as (numerator, denominator), exactly.
    if isinstance(x, int):  # bools too
        return int(x), 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _add(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = math.gcd(n, d)
    return n // g, d // g


def _type_of(data):
    # int when every value is an int (or bool), float as soon as one is a float.
    t = int
    for x in data:
        if isinstance(x, float):
            t = float
        elif not isinstance(x, int):
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    return t


def _special(data):
    # An inf or nan among floats decides the result alone, as float arithmetic does.
    total = 0.0
    special = False
    for x in data:
        if isinstance(x, float) and not math.isfinite(x):
            special = True
            total += x
    return special, total


def _sum(data):
    total = (0, 1)
    for x in data:
        total = _add(total, _exact(x))
    return total


def _convert(num, den, t):
    # The exact fraction as the result type: an int when it is whole and the data were.
    g = math.gcd(num, den)
    num, den = num // g, den // g
    if t is int and den == 1:
        return num
    return num / den


def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    t = _type_of(data)
    special, value = _special(data)
    if special:
        return value / n
    num, den = _sum(data)
    return _convert(num, den * n, t)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = sum(weights)
    if n == 1 and weights[0] == sum_weights:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError("harmonic mean does not support negative values")
            return x
        raise TypeError("unsupported type")
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    if any(x == 0 for x in data):
        return 0
    # As CPython: each term w / x is a float division, the sum of those exact.
    terms = [w / x if w else 0 for w, x in zip(weights, data)]
    t = _type_of(terms)
    total = _sum(terms)
    if total[0] <= 0:
        raise StatisticsError("Weighted sum must be positive")
    sn, sd = _exact(sum_weights)
    return _convert(sn * total[1], sd * total[0], t)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    counts = Counter(iter(data)).most_common()
    if not counts:
        return []
    top = counts[0][1]
    return [value for value, count in counts if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def _sum_of_squares(data, xbar):
    # The exact sum of squared deviations from the mean (or from xbar) as a fraction.
    if xbar is not None:
        total = (0, 1)
        xn, xd = _exact(xbar)
        for x in data:
            num, den = _exact(x)
            dn, dd = num * xd - xn * den, den * xd
            total = _add(total, (dn * dn, dd * dd))
        return total
    n = len(data)
    sx = (0, 1)
    sxx = (0, 1)
    for x in data:
        num, den = _exact(x)
        sx = _add(sx, (num, den))
        sxx = _add(sxx, (num * num, den * den))
    # (n * sxx - sx * sx) / n, exactly.
    num = n * sxx[0] * sx[1] * sx[1] - sx[0] * sx[0] * sxx[1]
    den = sxx[1] * sx[1] * sx[1] * n
    g = math.gcd(num, den)
    return num // g, den // g


def _variance(data, xbar, denominator_offset, name):
    data = list(data)
    n = len(data)
    if n < 1 + denominator_offset:
        if denominator_offset:
            raise StatisticsError(f"{name} requires at least two data points")
        raise StatisticsError(f"{name} requires at least one data point")
    t = _type_of(data)
    special, value = _special(data)
    if special:
        return float("nan")
    num, den = _sum_of_squares(data, xbar)
    return t, num, den * (n - denominator_offset)


def variance(data, xbar=None):
    r = _variance(data, xbar, 1, "variance")
    return r if isinstance(r, float) else _convert(r[1], r[2], r[0])


def pvariance(data, mu=None):
    r = _variance(data, mu, 0, "pvariance")
    return r if isinstance(r, float) else _convert(r[1], r[2], r[0])


def _sqrt_rounded_to_odd(n, m):
    # isqrt(n / m) with its last bit set when inexact (rounding to odd), so that one
    # more rounding to float gives the correctly rounded square root.
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # sqrt(n / m) correctly rounded: an integer square root with 109 bits or more
    # (twice float's 53 plus 3), rounded to odd, then one division.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (_sqrt_rounded_to_odd(n, m << 2 * q) << q) / 1
    return _sqrt_rounded_to_odd(n << -2 * q, m) / (1 << -q)


def stdev(data, xbar=None):
    r = _variance(data, xbar, 1, "stdev")
    return r if isinstance(r, float) else _float_sqrt_of_frac(r[1], r[2])


def pstdev(data, mu=None):
    r = _variance(data, mu, 0, "pstdev")
    return r if isinstance(r, float) else _float_sqrt_of_frac(r[1], r[2])
