// Python float semantics beyond IEEE arithmetic: floor division and modulo with
// Python signs, round() with ndigits, hash(float), is_integer. Pairs with bigint.h
// (int(float), round(float) -> int) and number_format.h (repr).
#pragma once

#include <cmath>
#include <cstdint>

#include "lang/bigint.h"

namespace loopscope::lang {

// round(x, n) as CPython: correctly rounded half-even on the exact binary value.
double float_round(double x, int64_t ndigits);
// round(x) with no ndigits: half-even to an int; inf/nan raise like int(x).
BigInt float_round_to_int(double x);
// Python's float // and % and divmod; ZeroDivisionError on b == 0.
double float_floordiv(double a, double b);
double float_mod(double a, double b);
void float_divmod(double a, double b, double* q, double* r);
// CPython's hash(float); nan returns 0 here (CPython 3.11 hashes nan by identity,
// so the VM should hash nan objects by address).
int64_t float_hash(double x);
inline bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

}  // namespace loopscope::lang
