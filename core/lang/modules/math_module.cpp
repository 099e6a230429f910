// The math module as CPython 3.11's: libm for the elementary functions with
// CPython's mapping of NaN/infinite results to ValueError "math domain error" and
// OverflowError "math range error" (math_1), exact integer functions on BigInt
// (factorial, comb, perm, gcd, lcm, isqrt), and CPython's own algorithms where
// they differ from libm: fsum (Shewchuk's partials), hypot/dist (vector_norm),
// log of ints too large for a float.
#include <cfloat>
#include <cmath>
#include <numeric>

#include "lang/ast.h"
#include "lang/modules/module_util.h"
#include "lang/numeric.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {
namespace {

[[noreturn]] void domain_error() { value_error("math domain error"); }
[[noreturn]] void range_error() { raise(types().OverflowError, "math range error"); }

// real() for what is not a float or a small int.
double real_other(const Value& v) {
  if (is_number(v)) return to_double(v);
  Type* t = type_of(v);
  if (!t->is_builtin) {
    if (const Value* f = t->lookup("__float__")) {
      Value r = call(*f, {v});
      if (!r.is_float()) type_error(t->name + ".__float__ returned non-float (type " + type_name(r) + ")");
      return r.as_float();
    }
    if (t->lookup("__index__")) return to_double(new_int(BigInt(index_of(v))));
  }
  type_error("must be real number, not " + t->name);
}

// A float argument: int, float, bool, or an object with __float__ or __index__.
// The common two inline (math.sqrt(i) in a loop).
inline double real(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (v.is_int()) return static_cast<double>(v.as_int());
  return real_other(v);
}

// An int argument (int, bool, or __index__).
BigInt integer(const Value& v) {
  if (is_int_like(v)) return to_bigint(v);
  return BigInt(index_of(v));
}

// Arity errors in CPython's words for a one-argument (METH_O) function.
const Value& one_arg(Args& a, const char* name) {
  if (a.n != 1 || a.nkw)
    type_error(std::string("math.") + name + "() takes exactly one argument (" + std::to_string(a.n + a.nkw) + " given)");
  return a[0];
}

// And for a function of exactly two positional arguments (Argument Clinic's words).
void two_args(Args& a, const char* name) {
  if (a.n != 2) type_error(std::string(name) + " expected 2 arguments, got " + std::to_string(a.n));
}

// CPython's math_1: f(x), with a NaN from a non-NaN a domain error and an
// infinity from a finite x an overflow (can_overflow) or a domain error.
double math_1(double x, double (*f)(double), bool can_overflow) {
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

template <double (*F)(double), bool kCanOverflow>
Value unary(Args& a, void* name) {
  return Value::floating(math_1(real(one_arg(a, static_cast<const char*>(name))), F, kCanOverflow));
}

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_cbrt(double x) { return std::cbrt(x); }

// --- rounding to ints ------------------------------------------------------------------

Value float_to_int(double d) {
  if (std::isnan(d)) value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) raise(types().OverflowError, "cannot convert float infinity to integer");
  return new_int(BigInt::from_double(d));
}

// floor, ceil and trunc: ints as they are, floats rounded to an int, else the
// object's own __floor__/__ceil__/__trunc__.
Value to_int_by(Args& a, const char* name, const char* dunder, double (*round)(double)) {
  const Value& x = one_arg(a, name);
  if (x.is_float()) return float_to_int(round(x.as_float()));
  if (is_int_like(x)) return x.is_bool() ? Value::integer(x.as_bool()) : x;
  Type* t = type_of(x);
  if (!t->is_builtin)
    if (const Value* m = t->lookup(dunder)) return call(*m, {x});
  if (std::string(dunder) == "__trunc__") type_error("type " + t->name + " doesn't define __trunc__ method");
  return float_to_int(round(real(x)));
}

Value m_floor(Args& a, void*) { return to_int_by(a, "floor", "__floor__", [](double d) { return std::floor(d); }); }
Value m_ceil(Args& a, void*) { return to_int_by(a, "ceil", "__ceil__", [](double d) { return std::ceil(d); }); }
Value m_trunc(Args& a, void*) { return to_int_by(a, "trunc", "__trunc__", [](double d) { return std::trunc(d); }); }

// --- powers and logarithms --------------------------------------------------------------

// CPython's math.pow: IEEE special values decided here, finite**finite by libm.
Value m_pow(Args& a, void*) {
  two_args(a, "pow");
  double x = real(a[0]), y = real(a[1]);
  if (!std::isfinite(x) || !std::isfinite(y)) {
    double r;
    if (std::isnan(x)) r = y == 0 ? 1.0 : x;
    else if (std::isnan(y)) r = x == 1 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0) r = odd_y ? x : std::fabs(x);
      else if (y == 0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else if (std::fabs(x) == 1.0) {
      r = 1.0;
    } else if (y > 0 && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0 && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
    return Value::floating(r);
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) {
    if (x == 0) domain_error();
    range_error();
  }
  return Value::floating(r);
}

// CPython's loghelper: ints are logged exactly even past the float range (as
// log(m) + log(2) * e for n = m * 2**e), and must be positive.
double log_of(const Value& v, double (*f)(double)) {
  if (is_int_like(v)) {
    BigInt n = to_bigint(v);
    if (n.sign() <= 0) domain_error();
    uint64_t bits = n.bit_length();
    if (bits <= 1024) {
      try {
        return f(n.to_double());
      } catch (const NumberError&) {
        // Rounded up past the float range: take the path below.
      }
    }
    // The top 64 bits with a sticky bit for the rest: converting them to double
    // then rounds like the whole number would.
    BigInt top = BigInt::shr(n, static_cast<int64_t>(bits - 64));
    bool sticky = BigInt::shl(top, static_cast<int64_t>(bits - 64)) != n;
    uint64_t t = static_cast<uint64_t>(top.words()[0]) | static_cast<uint64_t>(top.words()[1]) << 32;
    if (sticky) t |= 1;
    double m = std::ldexp(static_cast<double>(t), -64);
    int64_t e = static_cast<int64_t>(bits);
    if (m == 1.0) {
      m = 0.5;
      ++e;
    }
    return f(m) + f(2.0) * static_cast<double>(e);
  }
  return math_1(real(v), f, false);
}

double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

Value m_log(Args& a, void*) {
  check_args("log", a, 1, 2);
  double num = log_of(a[0], c_log);
  if (a.n == 1) return Value::floating(num);
  double den = log_of(a[1], c_log);
  if (den == 0) raise(types().ZeroDivisionError, "float division by zero");
  return Value::floating(num / den);
}
Value m_log2(Args& a, void*) { return Value::floating(log_of(one_arg(a, "log2"), c_log2)); }
Value m_log10(Args& a, void*) { return Value::floating(log_of(one_arg(a, "log10"), c_log10)); }

// --- two-argument float functions ----------------------------------------------------------

Value m_atan2(Args& a, void*) {
  two_args(a, "atan2");
  return Value::floating(std::atan2(real(a[0]), real(a[1])));
}

Value m_copysign(Args& a, void*) {
  two_args(a, "copysign");
  return Value::floating(std::copysign(real(a[0]), real(a[1])));
}

Value m_fmod(Args& a, void*) {
  two_args(a, "fmod");
  double x = real(a[0]), y = real(a[1]);
  if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return Value::floating(r);
}

Value m_remainder(Args& a, void*) {
  two_args(a, "remainder");
  double x = real(a[0]), y = real(a[1]);
  if (std::isnan(x)) return Value::floating(x);
  if (std::isnan(y)) return Value::floating(y);
  if (std::isinf(x) || y == 0) domain_error();
  if (std::isinf(y)) return Value::floating(x);
  return Value::floating(std::remainder(x, y));
}

Value m_modf(Args& a, void*) {
  double x = real(one_arg(a, "modf"));
  if (std::isinf(x)) return new_tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
  double ip;
  double frac = std::modf(x, &ip);
  return new_tuple({Value::floating(frac), Value::floating(ip)});
}

Value m_frexp(Args& a, void*) {
  double x = real(one_arg(a, "frexp"));
  int e = 0;
  double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
  return new_tuple({Value::floating(m), Value::integer(e)});
}

Value m_ldexp(Args& a, void*) {
  two_args(a, "ldexp");
  double x = real(a[0]);
  if (!is_int_like(a[1])) type_error("Expected an int as second argument to ldexp.");
  BigInt e = to_bigint(a[1]);
  if (x == 0 || !std::isfinite(x)) return Value::floating(x);
  int64_t exp = e.fits_int64() ? e.to_int64() : (e.sign() > 0 ? INT64_MAX : INT64_MIN);
  exp = std::clamp<int64_t>(exp, -100000, 100000);
  double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) range_error();
  return Value::floating(r);
}

Value m_isclose(Args& a, void*) {
  auto p = bind_args(a, "isclose", {"a", "b", "*", "rel_tol", "abs_tol"}, 2);
  double x = real(*p[0]), y = real(*p[1]);
  double rel_tol = p[2] ? real(*p[2]) : 1e-09, abs_tol = p[3] ? real(*p[3]) : 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) value_error("tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

Value m_isfinite(Args& a, void*) { return Value::boolean(std::isfinite(real(one_arg(a, "isfinite")))); }
Value m_isinf(Args& a, void*) { return Value::boolean(std::isinf(real(one_arg(a, "isinf")))); }
Value m_isnan(Args& a, void*) { return Value::boolean(std::isnan(real(one_arg(a, "isnan")))); }

Value m_degrees(Args& a, void*) { return Value::floating(real(one_arg(a, "degrees")) * (180.0 / M_PI)); }
Value m_radians(Args& a, void*) { return Value::floating(real(one_arg(a, "radians")) * (M_PI / 180.0)); }

Value m_nextafter(Args& a, void*) {
  two_args(a, "nextafter");
  return Value::floating(std::nextafter(real(a[0]), real(a[1])));
}

Value m_ulp(Args& a, void*) {
  double x = real(one_arg(a, "ulp"));
  if (std::isnan(x)) return Value::floating(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::floating(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return Value::floating(x - std::nextafter(x, -INFINITY));
  return Value::floating(next - x);
}

// --- hypot and dist: CPython 3.11's vector_norm ------------------------------------------------

// sqrt(sum(x*x)) for the non-negative `vec` whose largest is `max`, almost always
// correctly rounded: lossless power-of-two scaling, exact squares by Veltkamp
// splitting, compensated sums, and one differential correction of the root.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // Subnormal inputs: scale into the normal range first.
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  const double kSplit = 134217729.0;  // 2**27 + 1
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  auto add_to_csum = [&csum](double x, double& frac) {
    double old = csum;
    csum += x;
    frac += (old - csum) + x;
  };
  for (double x : vec) {
    x *= scale;
    double t = x * kSplit;
    double hi = t - (t - x);
    double lo = x - hi;
    add_to_csum(hi * hi, frac1);
    add_to_csum(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  double t = h * kSplit;
  double hi = t - (t - h);
  double lo = h - hi;
  add_to_csum(-hi * hi, frac1);
  add_to_csum(-2.0 * hi * lo, frac2);
  add_to_csum(-lo * lo, frac3);
  double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Value m_hypot(Args& a, void*) {
  std::vector<double> coords;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < a.n; ++i) {
    double x = std::fabs(real(a[i]));
    coords.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::floating(vector_norm(coords, max, found_nan));
}

Value m_dist(Args& a, void*) {
  two_args(a, "dist");
  std::vector<Value> p = to_vector(a[0]), q = to_vector(a[1]);
  if (p.size() != q.size()) value_error("both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double x = std::fabs(real(p[i]) - real(q[i]));
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::floating(vector_norm(diffs, max, found_nan));
}

// --- fsum: Shewchuk's exact partials, as CPython's math_fsum ----------------------------------

Value m_fsum(Args& a, void*) {
  const Value& iterable = one_arg(a, "fsum");
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  Value it = get_iter(iterable);
  Value item;
  while (iter_next(it, &item)) {
    double x = real(item), xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an inf or nan among the inputs, or else an intermediate overflow.
        if (std::isfinite(xsave)) raise(types().OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) value_error("-inf + inf in fsum");
    return Value::floating(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    // Sum from the top while the sum stays exact.
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Half-even rounding across the remaining partials.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Value::floating(hi);
}

// --- integer functions ------------------------------------------------------------------------

BigInt gcd(BigInt x, BigInt y) {
  x = x.abs();
  y = y.abs();
  while (!y.is_zero()) {
    if (x.fits_int64() && y.fits_int64()) return BigInt(std::gcd(x.to_int64(), y.to_int64()));
    BigInt r = BigInt::mod(x, y);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

Value m_gcd(Args& a, void*) {
  BigInt g(0);
  for (size_t i = 0; i < a.n; ++i) g = gcd(g, integer(a[i]));
  return new_int(g);
}

Value m_lcm(Args& a, void*) {
  BigInt l(1);
  for (size_t i = 0; i < a.n; ++i) {
    BigInt x = integer(a[i]);
    if (l.is_zero() || x.is_zero()) {
      l = BigInt(0);
      continue;
    }
    l = (BigInt::floordiv(l, gcd(l, x)) * x).abs();
  }
  return new_int(l);
}

// The product lo * (lo+1) * ... * hi, split in halves so the big multiplications
// are between numbers of similar size.
BigInt range_product(int64_t lo, int64_t hi) {
  if (lo > hi) return BigInt(1);
  if (hi - lo < 8) {
    BigInt p(lo);
    for (int64_t k = lo + 1; k <= hi; ++k) p = p * BigInt(k);
    return p;
  }
  int64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid + 1, hi);
}

// An int argument that must be >= 0 (else ValueError `message`).
BigInt non_negative(const Value& v, const char* message) {
  BigInt n = integer(v);
  if (n.sign() < 0) value_error(message);
  return n;
}

// A count of multiplications we are willing to do.
int64_t small_count(const BigInt& k, const char* what) {
  if (!k.fits_int64() || k.to_int64() > 100000000)
    raise(types().OverflowError, std::string(what) + " must not exceed 100000000 here");
  return k.to_int64();
}

// n * (n-1) * ... * (n-k+1)
BigInt falling_product(const BigInt& n, int64_t k) {
  if (n.fits_int64()) return range_product(n.to_int64() - k + 1, n.to_int64());
  BigInt p(1);
  for (int64_t i = 0; i < k; ++i) p = p * (n - BigInt(i));
  return p;
}

Value m_factorial(Args& a, void*) {
  BigInt n = non_negative(one_arg(a, "factorial"), "factorial() not defined for negative values");
  return new_int(range_product(1, small_count(n, "factorial() argument")));
}

Value m_perm(Args& a, void*) {
  check_args("perm", a, 1, 2);
  BigInt n = non_negative(a[0], "n must be a non-negative integer");
  if (a.n == 1 || a[1].is_none()) return new_int(range_product(1, small_count(n, "n")));
  BigInt k = non_negative(a[1], "k must be a non-negative integer");
  if (k > n) return Value::integer(0);
  return new_int(falling_product(n, small_count(k, "k")));
}

Value m_comb(Args& a, void*) {
  two_args(a, "comb");
  BigInt n = non_negative(a[0], "n must be a non-negative integer");
  BigInt k = non_negative(a[1], "k must be a non-negative integer");
  if (k > n) return Value::integer(0);
  if (n - k < k) k = n - k;
  int64_t steps = small_count(k, "min(n - k, k)");
  // C(n, i+1) = C(n, i) * (n - i) / (i + 1), exact at every step.
  BigInt c(1);
  for (int64_t i = 0; i < steps; ++i) c = BigInt::floordiv(c * (n - BigInt(i)), BigInt(i + 1));
  return new_int(c);
}

Value m_isqrt(Args& a, void*) {
  BigInt n = integer(one_arg(a, "isqrt"));
  if (n.sign() < 0) value_error("isqrt() argument must be nonnegative");
  if (n.is_zero()) return Value::integer(0);
  // Newton's iteration from above: x = (x + n // x) // 2 until it stops falling.
  BigInt x = BigInt::shl(BigInt(1), static_cast<int64_t>((n.bit_length() + 1) / 2));
  for (;;) {
    BigInt y = BigInt::shr(x + BigInt::floordiv(n, x), 1);
    if (y >= x) return new_int(x);
    x = std::move(y);
  }
}

Value m_prod(Args& a, void*) {
  auto p = bind_args(a, "prod", {"iterable", "*", "start"}, 1);
  Value total = p[1] ? *p[1] : Value::integer(1);
  Value it = get_iter(*p[0]);
  Value x;
  while (iter_next(it, &x)) total = binary_op(static_cast<int>(ast::BinOp::Mult), total, x);
  return total;
}

struct MathFunction {
  const char* name;
  NativeFn fn;
  void* data = nullptr;
};

#define MATH_1(name, f, overflow) {name, unary<f, overflow>, const_cast<char*>(name)}
const MathFunction kFunctions[] = {
    MATH_1("sqrt", c_sqrt, false), MATH_1("exp", c_exp, true), MATH_1("exp2", c_exp2, true),
    MATH_1("expm1", c_expm1, true), MATH_1("sin", c_sin, false), MATH_1("cos", c_cos, false),
    MATH_1("tan", c_tan, false), MATH_1("asin", c_asin, false), MATH_1("acos", c_acos, false),
    MATH_1("atan", c_atan, false), MATH_1("sinh", c_sinh, true), MATH_1("cosh", c_cosh, true),
    MATH_1("tanh", c_tanh, false), MATH_1("asinh", c_asinh, false), MATH_1("acosh", c_acosh, false),
    MATH_1("atanh", c_atanh, false), MATH_1("fabs", c_fabs, false), MATH_1("erf", c_erf, false),
    MATH_1("erfc", c_erfc, false), MATH_1("log1p", c_log1p, false), MATH_1("cbrt", c_cbrt, false),
    {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc}, {"pow", m_pow}, {"log", m_log},
    {"log2", m_log2}, {"log10", m_log10}, {"atan2", m_atan2}, {"copysign", m_copysign}, {"fmod", m_fmod},
    {"remainder", m_remainder}, {"modf", m_modf}, {"frexp", m_frexp}, {"ldexp", m_ldexp},
    {"isclose", m_isclose}, {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan},
    {"degrees", m_degrees}, {"radians", m_radians}, {"nextafter", m_nextafter}, {"ulp", m_ulp},
    {"hypot", m_hypot}, {"dist", m_dist}, {"fsum", m_fsum}, {"gcd", m_gcd}, {"lcm", m_lcm},
    {"factorial", m_factorial}, {"perm", m_perm}, {"comb", m_comb}, {"isqrt", m_isqrt}, {"prod", m_prod},
};
#undef MATH_1

}  // namespace

void build_math_module(Module* m) {
  for (const MathFunction& f : kFunctions) add_function(m, f.name, f.fn, f.data);
  m->dict->set_str("pi", Value::floating(M_PI));
  m->dict->set_str("e", Value::floating(M_E));
  m->dict->set_str("tau", Value::floating(2 * M_PI));
  m->dict->set_str("inf", Value::floating(INFINITY));
  m->dict->set_str("nan", Value::floating(NAN));
}

}  // namespace loopscope::lang
