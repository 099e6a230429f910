// BigInt arithmetic: schoolbook multiplication, Knuth's algorithm D for division,
// two's-complement views for bitwise ops on negatives, and the text conversions
// with CPython 3.11's int/str digit limit. Magnitude helpers come first, then the
// signed operations built on them.
#include "lang/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace loopscope::lang {

namespace {

using Mag = std::vector<uint32_t>;

void trim_mag(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    carry += uint64_t{x[i]} + (i < y.size() ? y[i] : 0);
    r[i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  trim_mag(r);
  return r;
}

// Precondition: a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = static_cast<uint32_t>(d + (borrow << 32));
  }
  trim_mag(r);
  return r;
}

Mag mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    const uint64_t ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      carry += ai * b[j] + r[i + j];
      r[i + j] = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim_mag(r);
  return r;
}

// Divides in place by a single limb and returns the remainder.
uint32_t divmod_small(Mag& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trim_mag(a);
  return static_cast<uint32_t>(rem);
}

Mag shl_mag(const Mag& a, uint64_t n) {
  if (a.empty()) return {};
  size_t words = n / 32;
  unsigned bits = n % 32;
  Mag r(a.size() + words + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t v = uint64_t{a[i]} << bits;
    r[i + words] |= static_cast<uint32_t>(v);
    r[i + words + 1] |= static_cast<uint32_t>(v >> 32);
  }
  trim_mag(r);
  return r;
}

Mag shr_mag(const Mag& a, uint64_t n) {
  size_t words = n / 32;
  unsigned bits = n % 32;
  if (words >= a.size()) return {};
  Mag r(a.size() - words);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + words];
    if (i + words + 1 < a.size()) v |= uint64_t{a[i + words + 1]} << 32;
    r[i] = static_cast<uint32_t>(v >> bits);
  }
  trim_mag(r);
  return r;
}

// True when any of the low n bits of a is set (the "sticky" bit for rounding).
bool low_bits_set(const Mag& a, uint64_t n) {
  size_t words = n / 32;
  for (size_t i = 0; i < words && i < a.size(); ++i) {
    if (a[i]) return true;
  }
  unsigned bits = n % 32;
  return bits && words < a.size() && (a[words] & ((uint32_t{1} << bits) - 1));
}

// Knuth's algorithm D (TAOCP 4.3.1): q = a / b, r = a % b on magnitudes.
void divmod_mag(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  if (cmp_mag(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    *q = a;
    uint32_t rem = divmod_small(*q, b[0]);
    *r = rem ? Mag{rem} : Mag{};
    return;
  }
  // Normalize so the divisor's top limb has its high bit set; then each
  // estimated quotient digit is at most 2 too large.
  unsigned s = __builtin_clz(b.back());
  Mag v = shl_mag(b, s);
  Mag u = shl_mag(a, s);
  if (u.size() == a.size()) u.push_back(0);
  if (u.size() < a.size() + 1) u.resize(a.size() + 1, 0);
  const size_t n = v.size();
  const size_t m = u.size() - n;
  Mag quot(m, 0);
  const uint64_t base = uint64_t{1} << 32;
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    // Multiply and subtract qhat * v from u[j .. j+n].
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t{u[i + j]} - borrow - static_cast<int64_t>(p & 0xffffffffu);
      u[i + j] = static_cast<uint32_t>(t);
      borrow = t < 0 ? 1 : 0;
    }
    int64_t t = int64_t{u[j + n]} - borrow - static_cast<int64_t>(carry);
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {
      // qhat was one too large: add v back.
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        c += uint64_t{u[i + j]} + v[i];
        u[i + j] = static_cast<uint32_t>(c);
        c >>= 32;
      }
      u[j + n] = static_cast<uint32_t>(u[j + n] + c);
    }
    quot[j] = static_cast<uint32_t>(qhat);
  }
  trim_mag(quot);
  u.resize(n);
  trim_mag(u);
  *q = std::move(quot);
  *r = shr_mag(u, s);
}

[[noreturn]] void raise(NumberError::Kind k, const std::string& msg) { throw NumberError(k, msg); }

std::string limit_message(size_t limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

// Two's-complement limbs of x, sign-extended to n limbs (n must exceed x's size).
Mag to_twos(const BigInt& x, size_t n) {
  Mag r = x.words();
  r.resize(n, 0);
  if (x.is_negative()) {
    uint64_t carry = 1;
    for (auto& w : r) {
      carry += static_cast<uint32_t>(~w);
      w = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
  return r;
}

BigInt from_twos(Mag r) {
  bool neg = !r.empty() && (r.back() >> 31);
  if (neg) {
    uint64_t carry = 1;
    for (auto& w : r) {
      carry += static_cast<uint32_t>(~w);
      w = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
  trim_mag(r);
  return BigInt::from_words(r, neg);
}

template <class Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.words().size(), b.words().size()) + 1;
  Mag x = to_twos(a, n), y = to_twos(b, n);
  for (size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  return from_twos(std::move(x));
}

}  // namespace

// ---------------------------------------------------------------- construction

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t m = neg_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (m) {
    mag_.push_back(static_cast<uint32_t>(m));
    m >>= 32;
  }
}

BigInt BigInt::from_uint64(uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

BigInt BigInt::from_words(const std::vector<uint32_t>& words, bool negative) {
  BigInt r;
  r.mag_ = words;
  r.neg_ = negative;
  r.trim();
  return r;
}

void BigInt::trim() {
  trim_mag(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_double(double d) {
  if (std::isinf(d)) raise(NumberError::Kind::Overflow, "cannot convert float infinity to integer");
  if (std::isnan(d)) raise(NumberError::Kind::Value, "cannot convert float NaN to integer");
  d = std::trunc(d);
  if (std::fabs(d) < 9223372036854775808.0) return BigInt(static_cast<int64_t>(d));
  int exp;
  double m = std::frexp(std::fabs(d), &exp);  // |d| = m * 2**exp, 0.5 <= m < 1
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  BigInt r = shl(from_uint64(mant), exp - 53, UINT64_MAX);
  return d < 0 ? -r : r;
}

BigInt BigInt::parse(std::string_view text, int base, size_t max_digits) {
  auto fail = [&]() -> BigInt {
    raise(NumberError::Kind::Value,
          "invalid literal for int() with base " + std::to_string(base) + ": '" + std::string(text) + "'");
  };
  if (base != 0 && (base < 2 || base > 36)) raise(NumberError::Kind::Value, "int() base must be >= 2 and <= 36, or 0");
  std::string_view s = text;
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  int b = base;
  bool had_prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      b = pb;
      had_prefix = true;
      s.remove_prefix(2);
    }
  }
  if (b == 0) b = 10;
  // Base 0 rejects leading zeros ("010") unless the whole number is zero.
  bool base0_leading_zero = base == 0 && !had_prefix && s.size() > 1 && s[0] == '0';
  if (s.empty()) return fail();
  std::vector<uint8_t> digits;
  bool prev_underscore = !had_prefix;  // an underscore may follow a prefix but not lead
  for (char c : s) {
    if (c == '_') {
      if (prev_underscore) return fail();
      prev_underscore = true;
      continue;
    }
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
    if (d >= b) return fail();
    digits.push_back(static_cast<uint8_t>(d));
    prev_underscore = false;
  }
  if (prev_underscore || digits.empty()) return fail();
  if (base0_leading_zero) {
    for (auto d : digits) if (d) return fail();
  }
  bool pow2 = (b & (b - 1)) == 0;
  if (!pow2 && max_digits && digits.size() > max_digits) {
    raise(NumberError::Kind::Value, "Exceeds the limit (" + std::to_string(max_digits) +
                                        " digits) for integer string conversion: value has " +
                                        std::to_string(digits.size()) +
                                        " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  // Accumulate in chunks: multiply by b**k and add a k-digit chunk fitting a limb.
  BigInt r;
  uint32_t chunk_mul = 1, chunk = 0;
  auto flush = [&] {
    uint64_t carry = chunk;
    for (auto& w : r.mag_) {
      carry += uint64_t{w} * chunk_mul;
      w = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
    chunk_mul = 1;
    chunk = 0;
  };
  for (auto d : digits) {
    if (uint64_t{chunk_mul} * b > 0xffffffffu) flush();
    chunk = chunk * b + d;
    chunk_mul *= b;
  }
  flush();
  r.neg_ = neg;
  r.trim();
  return r;
}

// ---------------------------------------------------------------- queries

bool BigInt::fits_int64() const {
  if (mag_.size() > 2) return false;
  uint64_t m = mag_.empty() ? 0 : mag_[0] | (mag_.size() > 1 ? uint64_t{mag_[1]} << 32 : 0);
  return neg_ ? m <= (uint64_t{1} << 63) : m < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  uint64_t m = mag_.empty() ? 0 : mag_[0] | (mag_.size() > 1 ? uint64_t{mag_[1]} << 32 : 0);
  return neg_ ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
}

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + (32 - __builtin_clz(mag_.back()));
}

double BigInt::to_double() const {
  uint64_t bits = bit_length();
  if (bits <= 64) {
    uint64_t m = mag_.empty() ? 0 : mag_[0] | (mag_.size() > 1 ? uint64_t{mag_[1]} << 32 : 0);
    double d = static_cast<double>(m);  // the hardware rounds half-even
    return neg_ ? -d : d;
  }
  // Keep the top 64 bits and fold everything below into the last bit, so the
  // single uint64 -> double rounding sees the correct round and sticky bits.
  uint64_t shift = bits - 64;
  Mag top = shr_mag(mag_, shift);
  uint64_t m = top[0] | (top.size() > 1 ? uint64_t{top[1]} << 32 : 0);
  if (low_bits_set(mag_, shift)) m |= 1;
  if (bits > 1024 + 1) raise(NumberError::Kind::Overflow, "int too large to convert to float");
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(shift));
  if (std::isinf(d)) raise(NumberError::Kind::Overflow, "int too large to convert to float");
  return neg_ ? -d : d;
}

int64_t BigInt::hash() const {
  // 2**61 - 1 is prime and 2**61 == 1 modulo it, so shifting left by 32 is a
  // rotation within 61 bits.
  const uint64_t P = (uint64_t{1} << 61) - 1;
  uint64_t h = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    h = ((h << 32) & P) | (h >> 29);
    h += mag_[i];
    if (h >= P) h -= P;
  }
  int64_t r = neg_ ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

// ---------------------------------------------------------------- text

std::string BigInt::to_string(size_t max_digits) const {
  if (mag_.empty()) return "0";
  // Early refusal before the quadratic conversion: each limb holds more than
  // 9.63 decimal digits, so this many limbs is certainly over the limit.
  if (max_digits && mag_.size() > max_digits / 9 + 2) {
    if (bit_length() * 0.30102999566398 > max_digits + 1) raise(NumberError::Kind::Value, limit_message(max_digits));
  }
  Mag m = mag_;
  std::vector<uint32_t> chunks;  // base 1e9, little-endian
  while (!m.empty()) chunks.push_back(divmod_small(m, 1000000000u));
  std::string s = std::to_string(chunks.back());
  char buf[16];
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(chunks[i]));
    s += buf;
  }
  if (max_digits && s.size() > max_digits) raise(NumberError::Kind::Value, limit_message(max_digits));
  return neg_ ? "-" + s : s;
}

std::string BigInt::to_base_pow2(int base) const {
  if (mag_.empty()) return "0";
  const int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
  uint64_t total = bit_length();
  std::string s;
  for (uint64_t pos = 0; pos < total; pos += bits) {
    unsigned v = 0;
    for (int k = 0; k < bits; ++k) {
      uint64_t bit = pos + k;
      if (bit / 32 < mag_.size() && (mag_[bit / 32] >> (bit % 32) & 1)) v |= 1u << k;
    }
    s.push_back("0123456789abcdef"[v]);
  }
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (neg_) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

static std::string with_prefix(std::string digits, const char* prefix) {
  return digits[0] == '-' ? "-" + std::string(prefix) + digits.substr(1) : prefix + digits;
}
std::string BigInt::to_hex() const { return with_prefix(to_base_pow2(16), "0x"); }
std::string BigInt::to_oct() const { return with_prefix(to_base_pow2(8), "0o"); }
std::string BigInt::to_bin() const { return with_prefix(to_base_pow2(2), "0b"); }

// ---------------------------------------------------------------- arithmetic

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt BigInt::operator~() const { return -*this - BigInt(1); }

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = add_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (cmp_mag(a.mag_, b.mag_) >= 0) {
    r.mag_ = sub_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = sub_mag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag_ = mul_mag(a.mag_, b.mag_);
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  if (b.is_zero()) raise(NumberError::Kind::ZeroDivision, "integer division or modulo by zero");
  BigInt qq, rr;
  divmod_mag(a.mag_, b.mag_, &qq.mag_, &rr.mag_);
  qq.neg_ = a.neg_ != b.neg_;
  rr.neg_ = a.neg_;
  qq.trim();
  rr.trim();
  // Truncated to floored: a nonzero remainder must take the divisor's sign.
  if (!rr.is_zero() && rr.neg_ != b.neg_) {
    qq = qq - BigInt(1);
    rr = rr + b;
  }
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

BigInt BigInt::floordiv(const BigInt& a, const BigInt& b) {
  BigInt q;
  divmod(a, b, &q, nullptr);
  return q;
}

BigInt BigInt::mod(const BigInt& a, const BigInt& b) {
  BigInt r;
  divmod(a, b, nullptr, &r);
  return r;
}

double BigInt::truediv(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) raise(NumberError::Kind::ZeroDivision, "division by zero");
  if (a.is_zero()) return b.neg_ ? -0.0 : 0.0;
  uint64_t na = a.bit_length(), nb = b.bit_length();
  if (na <= 53 && nb <= 53) {
    return a.to_double() / b.to_double();  // both exact: one correctly rounded division
  }
  // Scale so the integer quotient has 55+ bits (or fewer when the result is
  // subnormal, so that the final ldexp is exact), fold the remainder into a
  // sticky bit, and let one uint64 -> double conversion do the rounding.
  int64_t e = static_cast<int64_t>(na) - static_cast<int64_t>(nb);  // result in [2**(e-1), 2**(e+1))
  if (e > 1025) raise(NumberError::Kind::Overflow, "integer division result too large for a float");
  if (e < -1080) return (a.neg_ != b.neg_) ? -0.0 : 0.0;
  int64_t prec = 55;
  if (e - 1 < -1022) prec = std::max<int64_t>(2, 55 - (-1022 - (e - 1)));
  int64_t k = prec - e;  // quotient of a*2**k / b has about prec bits
  Mag num = k > 0 ? shl_mag(a.mag_, k) : a.mag_;
  Mag den = k < 0 ? shl_mag(b.mag_, -k) : b.mag_;
  Mag q, r;
  divmod_mag(num, den, &q, &r);
  uint64_t qv = q.empty() ? 0 : q[0] | (q.size() > 1 ? uint64_t{q[1]} << 32 : 0);
  if (!r.empty()) qv |= 1;
  double d;
  if (prec < 55) {
    // Round to the subnormal grid by hand: keep the bits that survive, half-even.
    // The representable unit at this scale is 2**-1074, i.e. 2**(k-1074) in qv units.
    int64_t drop = k - 1074;
    if (drop > 0) {
      uint64_t unit = drop >= 64 ? 0 : uint64_t{1} << drop;
      if (unit == 0) {
        d = 0.0;
      } else {
        uint64_t half = unit >> 1, low = qv & (unit - 1), hi = qv >> drop;
        if (low > half || (low == half && (hi & 1))) ++hi;
        d = std::ldexp(static_cast<double>(hi), -1074);
      }
    } else {
      d = std::ldexp(static_cast<double>(qv), static_cast<int>(-k));
    }
  } else {
    d = std::ldexp(static_cast<double>(qv), static_cast<int>(-k));
  }
  if (std::isinf(d)) raise(NumberError::Kind::Overflow, "integer division result too large for a float");
  return (a.neg_ != b.neg_) ? -d : d;
}

BigInt BigInt::pow(const BigInt& base, const BigInt& exp, uint64_t max_bits) {
  if (exp.is_negative()) raise(NumberError::Kind::Value, "negative exponent (the caller computes a float)");
  if (exp.is_zero()) return BigInt(1);
  if (base.is_zero()) return BigInt(0);
  if (base.mag_.size() == 1 && base.mag_[0] == 1) {
    bool odd = exp.mag_[0] & 1;
    return base.neg_ && odd ? BigInt(-1) : BigInt(1);
  }
  // Refuse before computing: the result has at least (bits-1)*exp + 1 bits.
  uint64_t bits = base.bit_length();
  if (exp.bit_length() > 63 || (bits - 1) * static_cast<double>(exp.to_int64()) > static_cast<double>(max_bits)) {
    raise(NumberError::Kind::Memory, "integer result too large (exceeds the interpreter's size limit)");
  }
  uint64_t e = static_cast<uint64_t>(exp.to_int64());
  BigInt result(1), b = base;
  // Left-to-right binary exponentiation: squarings of the growing result.
  int top = 63 - __builtin_clzll(e);
  for (int i = top; i >= 0; --i) {
    result = result * result;
    if (e >> i & 1) result = result * b;
  }
  return result;
}

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m) {
  if (m.is_zero()) raise(NumberError::Kind::Value, "pow() 3rd argument cannot be 0");
  BigInt mm = m.abs();
  BigInt b = mod(base, mm);
  BigInt e = exp;
  if (exp.is_negative()) {
    // Python 3.8+: pow(b, -e, m) == pow(inverse of b mod m, e, m); extended Euclid.
    BigInt r0 = mm, r1 = b, t0(0), t1(1);
    while (!r1.is_zero()) {
      BigInt q, r;
      divmod(r0, r1, &q, &r);
      BigInt t = t0 - q * t1;
      r0 = std::move(r1);
      r1 = std::move(r);
      t0 = std::move(t1);
      t1 = std::move(t);
    }
    if (r0 != BigInt(1)) raise(NumberError::Kind::Value, "base is not invertible for the given modulus");
    b = mod(t0, mm);
    e = -exp;
  }
  BigInt result = BigInt(1);
  for (uint64_t i = e.bit_length(); i-- > 0;) {
    result = mod(result * result, mm);
    if (e.mag_[i / 32] >> (i % 32) & 1) result = mod(result * b, mm);
  }
  result = mod(result, mm);
  // Python's result takes the modulus' sign.
  if (m.is_negative() && !result.is_zero()) result = result - mm;
  return result;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}

BigInt BigInt::shl(const BigInt& a, int64_t n, uint64_t max_bits) {
  if (n < 0) raise(NumberError::Kind::Value, "negative shift count");
  if (a.is_zero()) return a;
  if (static_cast<uint64_t>(n) > max_bits || a.bit_length() + static_cast<uint64_t>(n) > max_bits) {
    raise(NumberError::Kind::Memory, "integer result too large (exceeds the interpreter's size limit)");
  }
  BigInt r;
  r.mag_ = shl_mag(a.mag_, static_cast<uint64_t>(n));
  r.neg_ = a.neg_;
  return r;
}

BigInt BigInt::shr(const BigInt& a, int64_t n) {
  if (n < 0) raise(NumberError::Kind::Value, "negative shift count");
  if (!a.neg_) {
    BigInt r;
    r.mag_ = shr_mag(a.mag_, static_cast<uint64_t>(n));
    return r;
  }
  // Floor for negatives: a >> n == ~(~a >> n), and ~a is non-negative.
  BigInt inv = ~a;
  BigInt r;
  r.mag_ = shr_mag(inv.mag_, static_cast<uint64_t>(n));
  return ~r;
}

}  // namespace loopscope::lang
