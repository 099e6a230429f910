// printf-style formatting (`"%5.2f" % x`): the template walker and the per-type
// conversions, with CPython 3.11's flags, widths, precisions, '*' and messages.
// The VM implements PercentArgs to supply its own values; conversions of numbers
// and strings come from the percent_format_* helpers below.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lang/bigint.h"

namespace loopscope::lang {

// One conversion: "%(key)-+ #0*.*d" after '*' values are resolved.
struct PercentSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  int64_t width = -1;
  int64_t precision = -1;
  char conversion = 's';  // d i u o x X e E f F g G c s r a (b for bytes)
};

// The VM's side of a % operation. Errors raised by the VM (TypeError "not enough
// arguments for format string", ...) propagate through percent_format unchanged.
class PercentArgs {
 public:
  virtual ~PercentArgs() = default;
  // The next positional argument as an int, for a '*' width or precision.
  virtual int64_t next_star() = 0;
  // Formats the next argument (or the one selected by a key) for one conversion,
  // typically with percent_format_int/float/str.
  virtual std::string convert(const PercentSpec& spec) = 0;
  // "%(name)s": make the next convert() use mapping[name].
  virtual void select_key(std::string_view key) = 0;
  // bytes % args: accepts %b (the VM converts %s/%b/%c to bytes).
  virtual bool bytes_template() const { return false; }
};

// Formats a whole template. ValueError kinds: "incomplete format",
// "unsupported format character 'y' (0x79) at index 1".
std::string percent_format(std::string_view fmt, PercentArgs& args);

// The conversions: ints for d i u o x X (and c with a code point), floats for
// e E f F g G, text for s r a (the VM passes str()/repr()/ascii() of the value).
std::string percent_format_int(const BigInt& v, const PercentSpec& spec);
std::string percent_format_float(double v, const PercentSpec& spec);
std::string percent_format_str(std::string_view s, const PercentSpec& spec);
// %c of an int: OverflowError "%c arg not in range(0x110000)" outside the range.
std::string percent_format_char(const BigInt& cp, const PercentSpec& spec);

}  // namespace loopscope::lang
