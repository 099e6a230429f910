// More str methods (methods.cpp has the common ones): rpartition,
// expandtabs, translate and str.maketrans; and bytes.decode.
#include "lang/interp_state.h"
#include "lang/number_format.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/text_codecs.h"
#include "lang/unicode_chars.h"

namespace loopscope::lang {

namespace {

const std::string& self_str(Args& a, const char* name) {
  if (a.n == 0 || !is_str(a[0])) type_error(std::string("descriptor '") + name + "' requires a 'str' object");
  return str_of(a[0]);
}

std::string str_arg(Args& a, size_t i, const char* name) {
  if (i >= a.n) type_error(std::string(name) + "() takes exactly one argument (0 given)");
  if (!is_str(a[i])) type_error("must be str, not " + type_name(a[i]));
  return str_of(a[i]);
}

// The code points of a UTF-8 string.
std::vector<uint32_t> code_points(const std::string& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) out.push_back(next_code_point(s, &i));
  return out;
}

Value s_rpartition(Args& a, void*) {
  check_args("rpartition", a, 2, 2);
  const std::string& s = self_str(a, "rpartition");
  std::string sep = str_arg(a, 1, "rpartition");
  if (sep.empty()) value_error("empty separator");
  size_t p = s.rfind(sep);
  if (p == std::string::npos) return new_tuple({new_str(""), new_str(""), a[0]});
  return new_tuple({new_str(s.substr(0, p)), new_str(sep), new_str(s.substr(p + sep.size()))});
}

// Tabs become spaces up to the next multiple of tabsize; \n and \r restart the column.
Value s_expandtabs(Args& a, void*) {
  check_args("expandtabs", a, 1, 2, {"tabsize"});
  const std::string& s = self_str(a, "expandtabs");
  const Value* size_arg = a.n > 1 ? &a[1] : a.keyword("tabsize");
  int64_t tabsize = size_arg ? index_of(*size_arg) : 8;
  std::string out;
  int64_t column = 0;
  for (const std::string& c : utf8_chars(s)) {
    if (c == "\t") {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
      continue;
    }
    out += c;
    column = (c == "\n" || c == "\r") ? 0 : column + 1;
  }
  return new_str(out);
}

// str.maketrans(dict) or str.maketrans(from, to[, delete]): a dict of code points.
Value s_maketrans(Args& a, void*) {
  check_args("maketrans", a, 1, 3);
  Value table = new_dict();
  Dict* t = as<Dict>(table);
  if (a.n == 1) {
    if (type_of(a[0])->layout != Layout::Dict)
      type_error("if you give only one argument to maketrans it must be a dict");
    for (auto& e : as<Dict>(a[0])->entries) {
      if (!e.used) continue;
      if (is_str(e.key)) {
        std::vector<uint32_t> cps = code_points(str_of(e.key));
        if (cps.size() != 1) value_error("string keys in translate table must be of length 1");
        t->set(Value::integer(cps[0]), e.value);
      } else if (e.key.is_int()) {
        t->set(e.key, e.value);
      } else {
        type_error("keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  if (!is_str(a[0])) type_error("maketrans() argument 1 must be str, not " + type_name(a[0]));
  if (!is_str(a[1])) type_error("maketrans() argument 2 must be str, not " + type_name(a[1]));
  std::vector<uint32_t> from = code_points(str_of(a[0])), to = code_points(str_of(a[1]));
  if (from.size() != to.size()) value_error("the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < from.size(); ++i) t->set(Value::integer(from[i]), Value::integer(to[i]));
  if (a.n == 3) {
    if (!is_str(a[2])) type_error("maketrans() argument 3 must be str, not " + type_name(a[2]));
    for (uint32_t cp : code_points(str_of(a[2]))) t->set(Value::integer(cp), Value());
  }
  return table;
}

// Each character looked up by code point: absent (LookupError) stays, None goes,
// an int or a str replaces it.
Value s_translate(Args& a, void*) {
  check_args("translate", a, 2, 2);
  const std::string& s = self_str(a, "translate");
  std::string out;
  std::vector<std::string> chars = utf8_chars(s);
  std::vector<uint32_t> cps = code_points(s);
  for (size_t i = 0; i < cps.size(); ++i) {
    Value mapped;
    try {
      mapped = get_item(a[1], Value::integer(cps[i]));
    } catch (PyThrow& e) {
      if (!isinstance(e.exc, types().LookupError)) throw;
      out += chars[i];
      continue;
    }
    if (mapped.is_none()) continue;
    if (is_str(mapped)) {
      out += str_of(mapped);
    } else if (mapped.is_int()) {
      if (mapped.as_int() < 0 || mapped.as_int() > 0x10FFFF)
        value_error("character mapping must be in range(0x110000)");
      append_utf8(&out, static_cast<uint32_t>(mapped.as_int()));
    } else {
      type_error("character mapping must return integer, None or str");
    }
  }
  return new_str(out);
}

Value b_decode(Args& a, void*) {
  check_args("decode", a, 1, 3, {"encoding", "errors"});
  if (type_of(a[0])->layout != Layout::Bytes) type_error("descriptor 'decode' requires a 'bytes' object");
  return new_str(decode_bytes(as<Bytes>(a[0])->s, codec_arg(a, 1, "encoding", "decode", "utf-8"),
                              codec_arg(a, 2, "errors", "decode", "strict")));
}

// bytes.hex([sep[, bytes_per_sep]]): two hex digits a byte; sep between groups of
// bytes_per_sep bytes, counted from the right (from the left when negative).
Value b_hex(Args& a, void*) {
  check_args("hex", a, 1, 3);
  if (type_of(a[0])->layout != Layout::Bytes) type_error("descriptor 'hex' requires a 'bytes' object");
  const std::string& data = as<Bytes>(a[0])->s;
  std::string sep;
  if (a.n > 1) {
    if (!is_str(a[1]) && type_of(a[1])->layout != Layout::Bytes) type_error("sep must be str or bytes.");
    sep = is_str(a[1]) ? str_of(a[1]) : as<Bytes>(a[1])->s;
    if (sep.size() != 1) value_error("sep must be length 1.");
  }
  int64_t group = a.n > 2 ? index_of(a[2]) : 1;
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  uint64_t width = group < 0 ? static_cast<uint64_t>(-group) : static_cast<uint64_t>(group);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && width > 0) {
      bool boundary = group > 0 ? (n - i) % width == 0 : i % width == 0;
      if (boundary) out += sep;
    }
    auto byte = static_cast<unsigned char>(data[i]);
    out += kDigits[byte >> 4];
    out += kDigits[byte & 15];
  }
  return new_str(out);
}

// bytes.fromhex(string): pairs of hex digits, whitespace allowed between them.
Value b_fromhex(Args& a, void*) {
  check_args("fromhex", a, 2, 2);
  if (!is_str(a[1])) type_error("fromhex() argument must be str, not " + type_name(a[1]));
  const std::string& text = str_of(a[1]);
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == '\v' || text[i] == '\f') {
      ++i;
      continue;
    }
    int hi = digit(text[i]);
    int lo = i + 1 < text.size() ? digit(text[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(hi < 0 ? i : i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return new_bytes(std::move(out));
}

}  // namespace

void install_str_more_methods(Runtime& r) {
  Types& T = r.types;
  r.add_method(T.str, "rpartition", s_rpartition);
  r.add_method(T.str, "expandtabs", s_expandtabs);
  r.add_method(T.str, "translate", s_translate);
  r.add_method(T.bytes, "decode", b_decode);
  r.add_method(T.bytes, "hex", b_hex);
  T.bytes->dict->set(intern("fromhex"), Value::object(new MethodWrapper(T.classmethod, make_native("fromhex", b_fromhex))));
  T.str->dict->set(intern("maketrans"),
                   Value::object(new MethodWrapper(T.staticmethod, make_native("maketrans", s_maketrans))));
}

}  // namespace loopscope::lang
