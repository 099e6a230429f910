// Arithmetic on int (int64 or BigInt), float and bool with Python's rules: floor
// division and modulo toward negative infinity, true division to float, int
// promotion on overflow, CPython's error messages.
#include <cmath>

#include "lang/ast.h"
#include "lang/float_ops.h"
#include "lang/numeric.h"
#include "lang/runtime.h"

namespace loopscope::lang {

bool is_int_like(const Value& v) {
  return v.is_int() || v.is_bool() || (v.is_object() && v.as_object()->type() == types().int_);
}
bool is_number(const Value& v) { return is_int_like(v) || v.is_float(); }

BigInt to_bigint(const Value& v) {
  if (v.is_int()) return BigInt(v.as_int());
  if (v.is_bool()) return BigInt(v.as_bool() ? 1 : 0);
  return as<BigIntObj>(v)->v;
}

double to_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (v.is_int()) return static_cast<double>(v.as_int());
  if (v.is_bool()) return v.as_bool() ? 1.0 : 0.0;
  if (v.is_object() && v.as_object()->type() == types().int_) {
    try {
      return as<BigIntObj>(v)->v.to_double();
    } catch (const NumberError& e) {
      raise(types().OverflowError, e.what());
    }
  }
  type_error("must be real number, not " + type_name(v));
}

[[noreturn]] void raise_number_error(const NumberError& e) {
  switch (e.kind()) {
    case NumberError::Kind::Overflow: raise(types().OverflowError, e.what());
    case NumberError::Kind::Value: raise(types().ValueError, e.what());
    case NumberError::Kind::ZeroDivision: raise(types().ZeroDivisionError, e.what());
    case NumberError::Kind::Memory: raise(types().MemoryError, e.what());
    case NumberError::Kind::Index: raise(types().IndexError, e.what());
  }
  raise(types().ValueError, e.what());
}

namespace {

Value int_op(ast::BinOp op, const Value& a, const Value& b) {
  // int64 fast paths, then BigInt.
  if (a.is_bool() && b.is_bool()) {
    // bool & | ^ bool stays a bool.
    if (op == ast::BinOp::BitAnd) return Value::boolean(a.as_bool() && b.as_bool());
    if (op == ast::BinOp::BitOr) return Value::boolean(a.as_bool() || b.as_bool());
    if (op == ast::BinOp::BitXor) return Value::boolean(a.as_bool() != b.as_bool());
  }
  if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
    int64_t x = a.is_int() ? a.as_int() : a.as_bool();
    int64_t y = b.is_int() ? b.as_int() : b.as_bool();
    int64_t r;
    switch (op) {
      case ast::BinOp::Add:
        if (checked_add(x, y, &r)) return Value::integer(r);
        break;
      case ast::BinOp::Sub:
        if (checked_sub(x, y, &r)) return Value::integer(r);
        break;
      case ast::BinOp::Mult:
        if (checked_mul(x, y, &r)) return Value::integer(r);
        break;
      case ast::BinOp::FloorDiv:
      case ast::BinOp::Mod:
        if (y == 0)
          raise(types().ZeroDivisionError, op == ast::BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
        if (!(x == INT64_MIN && y == -1)) {
          int64_t q = x / y, m = x % y;
          if (m != 0 && ((m < 0) != (y < 0))) {
            --q;
            m += y;
          }
          return Value::integer(op == ast::BinOp::FloorDiv ? q : m);
        }
        break;
      case ast::BinOp::BitAnd: return Value::integer(x & y);
      case ast::BinOp::BitOr: return Value::integer(x | y);
      case ast::BinOp::BitXor: return Value::integer(x ^ y);
      case ast::BinOp::RShift:
        if (y < 0) value_error("negative shift count");
        return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
      case ast::BinOp::LShift:
        if (y < 0) value_error("negative shift count");
        if (y < 62 && x > -(int64_t{1} << (62 - y)) && x < (int64_t{1} << (62 - y))) return Value::integer(x << y);
        break;
      default:
        break;
    }
  }
  try {
    BigInt x = to_bigint(a), y = to_bigint(b);
    switch (op) {
      case ast::BinOp::Add: return new_int(x + y);
      case ast::BinOp::Sub: return new_int(x - y);
      case ast::BinOp::Mult:
        if (x.bit_length() + y.bit_length() > kDefaultMaxBits) raise(types().MemoryError, "");
        return new_int(x * y);
      case ast::BinOp::FloorDiv:
        if (y.is_zero()) raise(types().ZeroDivisionError, "integer division or modulo by zero");
        return new_int(BigInt::floordiv(x, y));
      case ast::BinOp::Mod:
        if (y.is_zero()) raise(types().ZeroDivisionError, "integer modulo by zero");
        return new_int(BigInt::mod(x, y));
      case ast::BinOp::BitAnd: return new_int(x & y);
      case ast::BinOp::BitOr: return new_int(x | y);
      case ast::BinOp::BitXor: return new_int(x ^ y);
      case ast::BinOp::LShift:
        if (!y.fits_int64()) raise(types().OverflowError, "too many digits in integer");
        return new_int(BigInt::shl(x, y.to_int64()));
      case ast::BinOp::RShift:
        if (y.is_negative()) value_error("negative shift count");
        if (!y.fits_int64()) return Value::integer(x.is_negative() ? -1 : 0);
        return new_int(BigInt::shr(x, y.to_int64()));
      case ast::BinOp::Div:
        if (y.is_zero()) raise(types().ZeroDivisionError, "division by zero");
        return Value::floating(BigInt::truediv(x, y));
      case ast::BinOp::Pow: {
        if (y.is_negative()) {
          double fx = to_double(a), fy = to_double(b);
          if (fx == 0) raise(types().ZeroDivisionError, "0.0 cannot be raised to a negative power");
          return Value::floating(std::pow(fx, fy));
        }
        return new_int(BigInt::pow(x, y));
      }
      default:
        break;
    }
  } catch (const NumberError& e) {
    raise_number_error(e);
  }
  return not_implemented();
}

Value float_op(ast::BinOp op, double x, double y) {
  switch (op) {
    case ast::BinOp::Add: return Value::floating(x + y);
    case ast::BinOp::Sub: return Value::floating(x - y);
    case ast::BinOp::Mult: return Value::floating(x * y);
    case ast::BinOp::Div:
      if (y == 0) raise(types().ZeroDivisionError, "float division by zero");
      return Value::floating(x / y);
    case ast::BinOp::FloorDiv:
      if (y == 0) raise(types().ZeroDivisionError, "float floor division by zero");
      return Value::floating(float_floordiv(x, y));
    case ast::BinOp::Mod:
      if (y == 0) raise(types().ZeroDivisionError, "float modulo");
      return Value::floating(float_mod(x, y));
    case ast::BinOp::Pow: {
      if (x == 0 && y < 0) raise(types().ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && std::floor(y) != y) value_error("math domain error");  // complex result unsupported
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        raise(types().OverflowError, "(34, 'Numerical result out of range')");
      return Value::floating(r);
    }
    default:
      return not_implemented();
  }
}

}  // namespace

Value numeric_binary(int op_code, const Value& a, const Value& b) {
  auto op = static_cast<ast::BinOp>(op_code & 15);
  bool ai = is_int_like(a), bi = is_int_like(b);
  if (ai && bi) {
    if (op == ast::BinOp::Div) {
      if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
        int64_t x = a.is_int() ? a.as_int() : a.as_bool();
        int64_t y = b.is_int() ? b.as_int() : b.as_bool();
        if (y == 0) raise(types().ZeroDivisionError, "division by zero");
        if (std::llabs(x) < (int64_t{1} << 53) && std::llabs(y) < (int64_t{1} << 53))
          return Value::floating(static_cast<double>(x) / static_cast<double>(y));
      }
    }
    return int_op(op, a, b);
  }
  if ((ai || a.is_float()) && (bi || b.is_float())) {
    if (op == ast::BinOp::BitAnd || op == ast::BinOp::BitOr || op == ast::BinOp::BitXor ||
        op == ast::BinOp::LShift || op == ast::BinOp::RShift || op == ast::BinOp::MatMult)
      return not_implemented();
    return float_op(op, to_double(a), to_double(b));
  }
  return not_implemented();
}

// -1, 0, 1 comparing two numbers exactly (ints against floats without rounding).
int numeric_compare(const Value& a, const Value& b, bool* unordered) {
  *unordered = false;
  if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
    int64_t x = a.is_int() ? a.as_int() : a.as_bool();
    int64_t y = b.is_int() ? b.as_int() : b.as_bool();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (is_int_like(a) && is_int_like(b)) return BigInt::compare(to_bigint(a), to_bigint(b));
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (std::isnan(x) || std::isnan(y)) {
      *unordered = true;
      return 0;
    }
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // int vs float: compare exactly.
  bool flipped = a.is_float();
  const Value& iv = flipped ? b : a;
  double y = flipped ? a.as_float() : b.as_float();
  int r;
  if (std::isnan(y)) {
    *unordered = true;
    return 0;
  }
  if (std::isinf(y)) {
    r = y > 0 ? -1 : 1;
  } else {
    double fl = std::floor(y);
    BigInt yi = BigInt::from_double(fl);
    int c = BigInt::compare(to_bigint(iv), yi);
    if (c != 0) r = c;
    else r = (fl == y) ? 0 : -1;
  }
  return flipped ? -r : r;
}

int64_t int_hash(const Value& v) {
  if (v.is_int()) {
    int64_t x = v.as_int();
    if (x >= -((int64_t{1} << 61) - 2) && x < (int64_t{1} << 61) - 1) return x == -1 ? -2 : x;
    return BigInt(x).hash();
  }
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  return as<BigIntObj>(v)->v.hash();
}

}  // namespace loopscope::lang
