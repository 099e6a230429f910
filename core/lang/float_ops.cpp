// Python float operations: floor division/modulo following CPython's
// _float_div_mod, round() through a correctly rounded decimal conversion, and
// CPython's hash(float) (reduction modulo 2**61 - 1).
#include "lang/float_ops.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace loopscope::lang {

namespace {
[[noreturn]] void zero_div(const char* msg) { throw NumberError(NumberError::Kind::ZeroDivision, msg); }

// CPython's core: fmod, then fix the remainder's sign to the divisor's and make
// the quotient an exact integer close to the true quotient.
void div_mod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}
}  // namespace

double float_floordiv(double a, double b) {
  if (b == 0.0) zero_div("float floor division by zero");
  double q, r;
  div_mod(a, b, &q, &r);
  return q;
}

double float_mod(double a, double b) {
  if (b == 0.0) zero_div("float modulo");
  double q, r;
  div_mod(a, b, &q, &r);
  return r;
}

void float_divmod(double a, double b, double* q, double* r) {
  if (b == 0.0) zero_div("float divmod()");
  div_mod(a, b, q, r);
}

double float_round(double x, int64_t ndigits) {
  // Beyond these bounds the answer is known without rounding (CPython's
  // NDIGITS_MAX/NDIGITS_MIN: 17 significant digits plus the exponent range).
  if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  double r;
  if (ndigits >= 0) {
    // printf's %f is correctly rounded (half-even on the exact binary value) in
    // both glibc and musl, which is exactly what CPython's dtoa mode 3 gives.
    std::vector<char> buf(340 + static_cast<size_t>(ndigits));
    snprintf(buf.data(), buf.size(), "%.*f", static_cast<int>(ndigits), x);
    r = std::strtod(buf.data(), nullptr);
  } else {
    // Round |x| to a multiple of 10**k on the exact value: integer part from
    // BigInt, the fraction only decides a tie.
    double ax = std::fabs(x);
    double ip = std::floor(ax);
    bool frac = ax != ip;
    BigInt p = BigInt::pow(BigInt(10), BigInt(-ndigits));
    BigInt q, rem;
    BigInt::divmod(BigInt::from_double(ip), p, &q, &rem);
    BigInt twice = rem + rem;
    int c = BigInt::compare(twice, p);
    if (c > 0 || (c == 0 && (frac || (!q.words().empty() && (q.words()[0] & 1))))) q = q + BigInt(1);
    try {
      r = (q * p).to_double();
    } catch (const NumberError&) {
      throw NumberError(NumberError::Kind::Overflow, "rounded value too large to represent");
    }
    r = std::copysign(r, x);
  }
  if (std::isinf(r)) throw NumberError(NumberError::Kind::Overflow, "rounded value too large to represent");
  return r;
}

BigInt float_round_to_int(double x) {
  // nearbyint rounds half to even in the default rounding mode, like CPython's round().
  if (!std::isfinite(x)) return BigInt::from_double(x);
  return BigInt::from_double(std::nearbyint(x));
}

int64_t float_hash(double v) {
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  const uint64_t P = (uint64_t{1} << 61) - 1;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // Consume the mantissa 28 bits at a time, folding into x modulo P.
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & P) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= P) x -= P;
  }
  // Multiply by 2**e modulo P, i.e. rotate by e mod 61.
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & P) | x >> (61 - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

}  // namespace loopscope::lang
