// BigInt: Python's arbitrary-precision int (sign + 32-bit magnitude limbs) with
// Python semantics for floor division, modulo, shifts and bitwise ops on negatives.
// The VM keeps small ints as int64 and uses the checked_* helpers below; on overflow
// it promotes to BigInt. Start reading at class BigInt. User mistakes throw
// NumberError, which the VM maps to OverflowError/ValueError/ZeroDivisionError.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lang {

// A user mistake in numeric code; the VM raises the Python exception named by kind.
class NumberError : public std::runtime_error {
 public:
  enum class Kind { Overflow, Value, ZeroDivision, Memory, Index };
  NumberError(Kind kind, const std::string& msg) : std::runtime_error(msg), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// Fast paths for the VM's unboxed ints: false means "overflowed, use BigInt".
inline bool checked_add(int64_t a, int64_t b, int64_t* out) { return !__builtin_add_overflow(a, b, out); }
inline bool checked_sub(int64_t a, int64_t b, int64_t* out) { return !__builtin_sub_overflow(a, b, out); }
inline bool checked_mul(int64_t a, int64_t b, int64_t* out) { return !__builtin_mul_overflow(a, b, out); }

// CPython 3.11's default sys.get_int_max_str_digits(); 0 disables the check.
inline constexpr size_t kIntMaxStrDigits = 4300;
// Default cap on the size of a result of ** and << (about 315,000 decimal digits).
// Multiplication is schoolbook, so a square of this size takes about a second;
// `10**10**5` (332,000 bits) fits and `10**10**7` is refused before any work.
// The VM should apply the same cap to * (sum of the operands' bit lengths).
inline constexpr uint64_t kDefaultMaxBits = uint64_t{1} << 20;

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit on purpose, ints mix freely
  static BigInt from_uint64(uint64_t v);
  // int(x) for a float: truncates toward zero (Python's int(float)); inf/nan raise.
  static BigInt from_double(double d);
  // int(text, base): base 0 or 2..36, whitespace, sign, prefixes, underscores.
  // max_digits limits decimal (non power of two base) input like CPython.
  static BigInt parse(std::string_view text, int base = 10, size_t max_digits = kIntMaxStrDigits);
  // Little-endian 32-bit words of the magnitude (used by random seeding).
  static BigInt from_words(const std::vector<uint32_t>& words, bool negative);

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  const std::vector<uint32_t>& words() const { return mag_; }
  uint64_t bit_length() const;
  // float(x); raises OverflowError "int too large to convert to float".
  double to_double() const;
  // CPython's hash(int): modulo 2**61-1 with the sign, -1 maps to -2.
  int64_t hash() const;

  // str(x): raises ValueError past max_digits decimal digits (0 = no limit).
  std::string to_string(size_t max_digits = kIntMaxStrDigits) const;
  // Digits in base 2, 8 or 16 (lowercase), with '-' but without prefix.
  std::string to_base_pow2(int base) const;
  std::string to_hex() const;  // hex(x): '-0x1f'
  std::string to_oct() const;
  std::string to_bin() const;

  BigInt operator-() const;
  BigInt abs() const;
  BigInt operator~() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Python floor division and modulo; ZeroDivisionError on zero divisor.
  static void divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  static BigInt floordiv(const BigInt& a, const BigInt& b);
  static BigInt mod(const BigInt& a, const BigInt& b);
  // a / b correctly rounded to the nearest double.
  static double truediv(const BigInt& a, const BigInt& b);
  // base ** exp for exp >= 0; results above max_bits raise (MemoryError kind).
  static BigInt pow(const BigInt& base, const BigInt& exp, uint64_t max_bits = kDefaultMaxBits);
  // pow(base, exp, m) for m != 0; the result has m's sign. A negative exp uses the
  // modular inverse (ValueError "base is not invertible for the given modulus").
  static BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  // Shifts by a non-negative count (negative counts raise ValueError "negative shift count").
  static BigInt shl(const BigInt& a, int64_t n, uint64_t max_bits = kDefaultMaxBits);
  static BigInt shr(const BigInt& a, int64_t n);

  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return !(a == b); }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

 private:
  void trim();
  bool neg_ = false;             // never true for zero
  std::vector<uint32_t> mag_;    // little-endian, no leading zero limbs
};

}  // namespace loopscope::lang
