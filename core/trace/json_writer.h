// Minimal JSON output helpers for the trace exporters: string escaping that always
// yields valid JSON (control characters as \u00XX, invalid UTF-8 as U+FFFD) and
// numbers that JSON accepts (no NaN or infinity).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace loopscope {

// Appends `text` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view text);
// Appends a number with `decimals` digits after the point; NaN and infinities become 0.
void append_json_number(std::string& out, double value, int decimals = 3);
void append_json_int(std::string& out, int64_t value);

}  // namespace loopscope
