// Methods of the builtin types: str, list, dict, set, tuple, int, float.
// Each is a native function whose first argument is self.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "lang/interp_state.h"
#include "lang/text_codecs.h"
#include "lang/unicode_case.h"
#include "lang/unicode_chars.h"
#include "lang/modules.h"
#include "lang/number_format.h"
#include "lang/numeric.h"
#include "lang/repr.h"
#include "lang/class_hooks.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"

namespace loopscope::lang {
namespace {

const std::string& S(Args& a) { return str_of(a[0]); }
std::string arg_str(Args& a, size_t i, const char* fn) {
  if (i >= a.n || !is_str(a[i]))
    type_error(std::string(fn) + "() argument must be str, not " + (i < a.n ? type_name(a[i]) : "nothing"));
  return str_of(a[i]);
}

// Bytes in the UTF-8 sequence a lead byte starts.
size_t char_len(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }
bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }
// The whitespace of split() and strip() is isspace()'s, Unicode's: the bytes of the
// space character starting at s[i] (ending at s[end]), 0 if none does.
size_t space_at(const std::string& s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  size_t j = i;
  return is_space_char(next_code_point(s, &j)) ? j - i : 0;
}
size_t char_start_before(const std::string& s, size_t end) {
  size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return b;
}
size_t space_before(const std::string& s, size_t end) {
  auto c = static_cast<unsigned char>(s[end - 1]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  size_t b = char_start_before(s, end), j = b;
  return is_space_char(next_code_point(s, &j)) ? end - b : 0;
}

// s[pos:pos+n] of the str a[0] as a new str (positions in bytes, on character
// boundaries); an ASCII str's pieces need no count of their code points.
Value piece(Args& a, size_t pos, size_t n) {
  const Str* s = as<Str>(a[0]);
  if (s->ascii()) return new_str(s->s.substr(pos, n), static_cast<int64_t>(std::min(n, s->s.size() - pos)));
  return new_str(s->s.substr(pos, n));
}

Value s_strip_impl(Args& a, bool left, bool right) {
  const std::string& s = S(a);
  bool whitespace = a.n < 2 || a[1].is_none();
  std::u32string chars;  // the characters to strip, if given
  if (!whitespace) {
    if (!is_str(a[1])) type_error(std::string(left && right ? "strip" : left ? "lstrip" : "rstrip") + " arg must be None or str");
    const std::string& given = str_of(a[1]);
    for (size_t i = 0; i < given.size();) chars.push_back(next_code_point(given, &i));
  }
  // The bytes of the strippable character at s[b] (ending at s[e]), 0 if it is not.
  auto strip_at = [&](size_t b) -> size_t {
    if (whitespace) return space_at(s, b);
    size_t j = b;
    return chars.find(next_code_point(s, &j)) != std::u32string::npos ? j - b : 0;
  };
  auto strip_before = [&](size_t e) -> size_t {
    if (whitespace) return space_before(s, e);
    size_t b = char_start_before(s, e), j = b;
    return chars.find(next_code_point(s, &j)) != std::u32string::npos ? e - b : 0;
  };
  size_t b = 0, e = s.size(), k;
  if (left)
    while (b < e && (k = strip_at(b))) b += k;
  if (right)
    while (e > b && (k = strip_before(e))) e -= k;
  // Nothing to strip: a str (not a subclass) is returned itself, as CPython does.
  if (b == 0 && e == s.size() && a[0].as_object()->type() == types().str) return a[0];
  return piece(a, b, e - b);
}
Value s_strip(Args& a, void*) { return s_strip_impl(a, true, true); }
Value s_lstrip(Args& a, void*) { return s_strip_impl(a, true, false); }
Value s_rstrip(Args& a, void*) { return s_strip_impl(a, false, true); }

// An ASCII str changes case letter by letter: as many code points as it had.
Value case_changed(Args& a, CaseChange change) {
  const Str* s = as<Str>(a[0]);
  if (s->ascii()) return new_str(change_case(s->s, change), s->length);
  return new_str(change_case(s->s, change));
}
Value s_upper(Args& a, void*) { return case_changed(a, CaseChange::Upper); }
Value s_lower(Args& a, void*) { return case_changed(a, CaseChange::Lower); }
Value s_title(Args& a, void*) { return case_changed(a, CaseChange::Title); }
Value s_capitalize(Args& a, void*) { return case_changed(a, CaseChange::Capitalize); }
Value s_swapcase(Args& a, void*) { return case_changed(a, CaseChange::SwapCase); }
Value s_casefold(Args& a, void*) { return case_changed(a, CaseChange::Fold); }

Value s_split(Args& a, void*) {
  const std::string& s = S(a);
  const Value* sepv = a.n > 1 ? &a.pos[1] : a.keyword("sep");
  int64_t maxsplit = a.n > 2 ? index_of(a[2]) : (a.keyword("maxsplit") ? index_of(*a.keyword("maxsplit")) : -1);
  std::vector<Value> out;
  if (!sepv || sepv->is_none()) {
    size_t i = 0;
    while (i < s.size()) {
      size_t k;
      while (i < s.size() && (k = space_at(s, i))) i += k;
      if (i >= s.size()) break;
      if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
        // The rest as it is, trailing whitespace included ('1 2 3 '.split(None, 1)).
        out.push_back(piece(a, i, s.size() - i));
        break;
      }
      size_t j = i;
      while (j < s.size() && !space_at(s, j)) j += char_len(static_cast<unsigned char>(s[j]));
      out.push_back(piece(a, i, j - i));
      i = j;
    }
    return new_list(std::move(out));
  }
  const std::string& sep = str_of(*sepv);
  if (sep.empty()) value_error("empty separator");
  size_t start = 0;
  for (;;) {
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) break;
    size_t p = s.find(sep, start);
    if (p == std::string::npos) break;
    out.push_back(piece(a, start, p - start));
    start = p + sep.size();
  }
  out.push_back(piece(a, start, s.size() - start));
  return new_list(std::move(out));
}

// str.rsplit: as split, from the right; the part left over when maxsplit runs out
// keeps its leading whitespace ('  a b'.rsplit(None, 1) is ['  a', 'b']).
Value s_rsplit(Args& a, void*) {
  const Value* sepv = a.n > 1 ? &a.pos[1] : a.keyword("sep");
  int64_t maxsplit = a.n > 2 ? index_of(a[2]) : (a.keyword("maxsplit") ? index_of(*a.keyword("maxsplit")) : -1);
  // Without a limit, whitespace splits the same from either side (a separator may
  // not: 'aaa'.rsplit('aa') is ['a', ''], 'aaa'.split('aa') is ['', 'a']).
  if (maxsplit < 0 && (!sepv || sepv->is_none())) return s_split(a, nullptr);
  const std::string& s = S(a);
  std::vector<Value> out;
  if (!sepv || sepv->is_none()) {
    size_t end = s.size();  // s[0:end] is what is left to split
    while (end > 0) {
      size_t k;
      while (end > 0 && (k = space_before(s, end))) end -= k;
      if (end == 0) break;
      if (static_cast<int64_t>(out.size()) == maxsplit) {
        out.push_back(piece(a, 0, end));
        break;
      }
      size_t b = end;
      while (b > 0 && !space_before(s, b)) b = char_start_before(s, b);
      out.push_back(piece(a, b, end - b));
      end = b;
    }
  } else {
    const std::string& sep = str_of(*sepv);
    if (sep.empty()) value_error("empty separator");
    size_t end = s.size();
    while ((maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) && end >= sep.size()) {
      size_t p = s.rfind(sep, end - sep.size());
      if (p == std::string::npos) break;
      out.push_back(piece(a, p + sep.size(), end - p - sep.size()));
      end = p;
    }
    out.push_back(piece(a, 0, end));
  }
  std::reverse(out.begin(), out.end());
  return new_list(std::move(out));
}

Value s_splitlines(Args& a, void*) {
  const std::string& s = S(a);
  const Value* keep = a.n > 1 ? &a[1] : a.keyword("keepends");
  bool keepends = keep && truthy(*keep);
  std::vector<Value> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    // Line boundaries: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029.
    size_t at = i;
    char32_t c = next_code_point(s, &i);
    bool boundary = (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
    if (!boundary) continue;
    if (c == '\r' && i < s.size() && s[i] == '\n') ++i;
    out.push_back(new_str(s.substr(start, (keepends ? i : at) - start)));
    start = i;
  }
  if (start < s.size()) out.push_back(new_str(s.substr(start)));
  return new_list(std::move(out));
}

Value s_join(Args& a, void*) {
  const Str* sep = as<Str>(a[0]);
  std::string out;
  int64_t length = 0;
  size_t i = 0;
  for (auto& v : to_vector_or(a[1], "can only join an iterable")) {
    if (!is_str(v))
      type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name(v) + " found");
    if (i++) {
      out += sep->s;
      length += sep->length;
    }
    out += as<Str>(v)->s;
    length += as<Str>(v)->length;
  }
  return new_str(std::move(out), length);
}

Value s_replace(Args& a, void*) {
  std::string s = S(a);
  std::string from = arg_str(a, 1, "replace"), to = arg_str(a, 2, "replace");
  int64_t count = a.n > 3 ? index_of(a[3]) : -1;
  std::string out;
  size_t pos = 0;
  if (from.empty()) {
    for (size_t i = 0; i <= s.size() && count != 0; ++i, --count) {
      out += to;
      if (i < s.size()) out += s[i];
    }
    return new_str(out);
  }
  while (count != 0) {
    size_t p = s.find(from, pos);
    if (p == std::string::npos) break;
    out += s.substr(pos, p - pos) + to;
    pos = p + from.size();
    --count;
  }
  out += s.substr(pos);
  return new_str(out);
}

// The part of `s` that str.startswith/endswith/count look at: s[start:end] with
// slice rules for the optional arguments (code-point indices, negatives from the end).
std::string_view str_window(const std::string& s, Args& a, size_t first_arg) {
  int64_t n = static_cast<int64_t>(utf8_length(s));
  auto bound = [&](size_t i, int64_t dflt) {
    if (a.n <= i || a[i].is_none()) return dflt;
    int64_t v = index_of(a[i]);
    if (v < 0) v = std::max<int64_t>(0, v + n);
    return std::min(v, n);
  };
  int64_t start = bound(first_arg, 0), end = bound(first_arg + 1, n);
  if (start > end) return std::string_view();
  size_t b = utf8_offset(s, start), e = utf8_offset(s, end);
  return std::string_view(s).substr(b, e - b);
}

template <bool kStart>
Value s_affix(Args& a, void*) {
  const char* fname = kStart ? "startswith" : "endswith";
  if (a.n < 2) type_error(std::string(fname) + "() takes at least 1 argument (0 given)");
  if (a.n > 4) type_error(std::string(fname) + "() takes at most 3 arguments (" + std::to_string(a.n - 1) + " given)");
  const std::string& full = S(a);
  if (a.n > 2 && static_cast<int64_t>(utf8_length(full)) < (a[2].is_none() ? 0 : index_of(a[2]))) {
    return Value::boolean(false);  // CPython: a start past the end never matches
  }
  std::string_view s = str_window(full, a, 2);
  auto test = [&](const Value& p) {
    if (!is_str(p))
      type_error(std::string(kStart ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not " +
                 type_name(p));
    std::string_view x = str_of(p);
    if (s.size() < x.size()) return false;
    return kStart ? s.substr(0, x.size()) == x : s.substr(s.size() - x.size()) == x;
  };
  if (type_of(a[1]) == types().tuple) {
    for (auto& p : as<Tuple>(a[1])->items)
      if (test(p)) return Value::boolean(true);
    return Value::boolean(false);
  }
  if (!is_str(a[1]))
    type_error(std::string(fname) + " first arg must be str or a tuple of str, not " + type_name(a[1]));
  return Value::boolean(test(a[1]));
}
Value s_startswith(Args& a, void* d) { return s_affix<true>(a, d); }
Value s_endswith(Args& a, void* d) { return s_affix<false>(a, d); }

int64_t cp_index(const std::string& s, size_t byte) {
  return static_cast<int64_t>(utf8_length(std::string_view(s).substr(0, byte)));
}
// str.find/rfind/index/rindex/count look in s[start:end]; a start past the end
// finds nothing, not even "".
int64_t find_in_window(Args& a, const char* fname, bool reverse) {
  std::string sub = arg_str(a, 1, fname);
  const std::string& s = S(a);
  if (a.n > 2 && !a[2].is_none() && index_of(a[2]) > static_cast<int64_t>(utf8_length(s))) return -1;
  std::string_view w = str_window(s, a, 2);
  size_t p = reverse ? w.rfind(sub) : w.find(sub);
  if (p == std::string_view::npos) return -1;
  return cp_index(s, static_cast<size_t>(w.data() - s.data()) + p);
}
Value s_find(Args& a, void*) { return Value::integer(find_in_window(a, "find", false)); }
Value s_rfind(Args& a, void*) { return Value::integer(find_in_window(a, "rfind", true)); }
Value s_index(Args& a, void*) {
  int64_t i = find_in_window(a, "index", false);
  if (i < 0) value_error("substring not found");
  return Value::integer(i);
}
Value s_rindex(Args& a, void*) {
  int64_t i = find_in_window(a, "rindex", true);
  if (i < 0) value_error("substring not found");
  return Value::integer(i);
}
Value s_count(Args& a, void*) {
  std::string sub = arg_str(a, 1, "count");
  const std::string& full = S(a);
  if (a.n > 2 && !a[2].is_none() && index_of(a[2]) > static_cast<int64_t>(utf8_length(full))) return Value::integer(0);
  std::string_view s = str_window(full, a, 2);
  if (sub.empty()) return Value::integer(static_cast<int64_t>(utf8_length(s)) + 1);
  int64_t n = 0;
  for (size_t p = s.find(sub); p != std::string_view::npos; p = s.find(sub, p + sub.size())) ++n;
  return Value::integer(n);
}

Value pad(Args& a, char how) {
  int64_t width = index_of(a[1]);
  std::string fill = a.n > 2 ? str_of(a[2]) : " ";
  int64_t len = as<Str>(a[0])->length;
  if (width <= len) return a[0];
  int64_t total = width - len;
  int64_t left = how == '<' ? 0 : how == '>' ? total : total / 2 + (total & width & 1);
  if (total > (int64_t{1} << 40)) raise(types().MemoryError, "");
  std::string out;
  out.reserve(static_cast<size_t>(total) * fill.size() + S(a).size());  // a huge width fails here, at once
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += S(a);
  for (int64_t i = 0; i < total - left; ++i) out += fill;
  return new_str(out);
}
Value s_ljust(Args& a, void*) { return pad(a, '<'); }
Value s_rjust(Args& a, void*) { return pad(a, '>'); }
Value s_center(Args& a, void*) { return pad(a, '^'); }
Value s_zfill(Args& a, void*) {
  std::string s = S(a);
  int64_t width = index_of(a[1]);
  int64_t len = as<Str>(a[0])->length;
  if (width <= len) return a[0];
  size_t sign = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  s.insert(sign, std::string(static_cast<size_t>(width - len), '0'));
  return new_str(s);
}

Value s_encode(Args& a, void*) {
  check_args("encode", a, 1, 3, {"encoding", "errors"});
  return new_bytes(encode_text(S(a), codec_arg(a, 1, "encoding", "encode", "utf-8"),
                               codec_arg(a, 2, "errors", "encode", "strict")));
}

Value s_partition(Args& a, void*) {
  const std::string& s = S(a);
  std::string sep = arg_str(a, 1, "partition");
  size_t p = s.find(sep);
  if (p == std::string::npos) return new_tuple({a[0], new_str(""), new_str("")});
  return new_tuple({new_str(s.substr(0, p)), new_str(sep), new_str(s.substr(p + sep.size()))});
}

Value s_removeprefix(Args& a, void*) {
  const std::string& s = S(a);
  std::string p = arg_str(a, 1, "removeprefix");
  return s.compare(0, p.size(), p) == 0 ? new_str(s.substr(p.size())) : a[0];
}
Value s_removesuffix(Args& a, void*) {
  const std::string& s = S(a);
  std::string p = arg_str(a, 1, "removesuffix");
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0 && !p.empty()
             ? new_str(s.substr(0, s.size() - p.size()))
             : a[0];
}

// str.format: {} {0} {name} {0.attr} {0[key]} with !r/!s and :spec. Positional
// arguments are a[1..]; names come from the keywords, or from `mapping` for
// format_map. Fields nested in a spec take the next automatic numbers.
struct FieldNumbering {
  size_t next = 0;
  bool automatic = false, manual = false;  // which styles the string has used
};

std::string format_fields(const std::string& f, Args& a, const Value* mapping, FieldNumbering& numbering,
                          int nesting) {
  if (nesting > 1) value_error("Max string recursion exceeded");
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') ++i;
      else value_error("Single '}' encountered in format string");
      out += '}';
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    if (i + 1 == f.size()) value_error("Single '{' encountered in format string");
    int depth = 1;
    size_t j = i + 1;
    for (; j < f.size() && depth; ++j) {
      if (f[j] == '{') ++depth;
      else if (f[j] == '}') --depth;
    }
    if (depth) value_error("expected '}' before end of string");
    std::string field = f.substr(i + 1, j - i - 2);
    i = j - 1;
    std::string spec, conv;
    size_t colon = field.find(':');
    if (colon != std::string::npos) {
      spec = field.substr(colon + 1);
      field = field.substr(0, colon);
    }
    size_t bang = field.find('!');
    if (bang != std::string::npos) {
      conv = field.substr(bang + 1);
      field = field.substr(0, bang);
    }
    size_t k = 0;
    while (k < field.size() && field[k] != '.' && field[k] != '[') ++k;
    std::string head = field.substr(0, k);
    Value v;
    if (head.empty()) {
      if (numbering.manual) value_error("cannot switch from manual field specification to automatic field numbering");
      numbering.automatic = true;
      size_t idx = numbering.next++;
      if (idx + 1 >= a.n) raise(types().IndexError, "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
      v = a[idx + 1];
    } else if (std::isdigit(static_cast<unsigned char>(head[0]))) {
      if (numbering.automatic) value_error("cannot switch from automatic field numbering to manual field specification");
      numbering.manual = true;
      size_t idx = std::stoul(head);
      if (idx + 1 >= a.n) raise(types().IndexError, "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
      v = a[idx + 1];
    } else if (mapping) {
      v = get_item(*mapping, new_str(head));
    } else {
      const Value* kv = a.keyword(head);
      if (!kv) raise_value(make_exception_args(types().KeyError, {new_str(head)}));
      v = *kv;
    }
    while (k < field.size()) {
      if (field[k] == '.') {
        size_t e = k + 1;
        while (e < field.size() && field[e] != '.' && field[e] != '[') ++e;
        v = get_attr(v, intern_str(field.substr(k + 1, e - k - 1)));
        k = e;
      } else {
        size_t e = field.find(']', k);
        std::string key = field.substr(k + 1, e - k - 1);
        bool digits = !key.empty() && std::all_of(key.begin(), key.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
        v = get_item(v, digits ? Value::integer(std::stoll(key)) : new_str(key));
        k = e + 1;
      }
    }
    if (bang != std::string::npos && conv.size() != 1) {
      if (conv.empty()) value_error("end of string while looking for conversion specifier");
      value_error("expected ':' after conversion specifier");
    }
    if (!conv.empty() && conv != "r" && conv != "s" && conv != "a") value_error("Unknown conversion specifier " + conv);
    if (conv == "r") v = new_str(repr(v));
    else if (conv == "s") v = new_str(str(v));
    else if (conv == "a") v = new_str(ascii_repr(v));
    if (spec.find('{') != std::string::npos) spec = format_fields(spec, a, mapping, numbering, nesting + 1);
    out += format_value(v, spec);
  }
  return out;
}

Value s_format(Args& a, void*) {
  FieldNumbering numbering;
  return new_str(format_fields(S(a), a, nullptr, numbering, 0));
}

// format_map(mapping): names looked up in the mapping itself (so __missing__ works).
Value s_format_map(Args& a, void*) {
  check_args("format_map", a, 2, 2);
  Args self_only{a.pos, 1};
  FieldNumbering numbering;
  return new_str(format_fields(S(a), self_only, &a[1], numbering, 0));
}

// --- list ---------------------------------------------------------------------------
std::vector<Value>& L(Args& a) { return as<List>(a[0])->items; }

Value l_append(Args& a, void*) {
  check_args("append", a, 2, 2);
  L(a).push_back(a[1]);
  return Value();
}
Value l_extend(Args& a, void*) {
  auto items = to_vector(a[1]);
  for (auto& x : items) L(a).push_back(std::move(x));
  return Value();
}
Value l_pop(Args& a, void*) {
  auto& v = L(a);
  if (v.empty()) raise(types().IndexError, "pop from empty list");
  int64_t i = a.n > 1 ? index_of(a[1]) : static_cast<int64_t>(v.size()) - 1;
  if (i < 0) i += static_cast<int64_t>(v.size());
  if (i < 0 || i >= static_cast<int64_t>(v.size())) raise(types().IndexError, "pop index out of range");
  Value r = v[static_cast<size_t>(i)];
  v.erase(v.begin() + i);
  return r;
}
Value l_insert(Args& a, void*) {
  auto& v = L(a);
  int64_t n = static_cast<int64_t>(v.size());
  int64_t i = index_of(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  v.insert(v.begin() + i, a[2]);
  return Value();
}
Value l_remove(Args& a, void*) {
  auto& v = L(a);
  for (size_t i = 0; i < v.size(); ++i)
    if (v[i].is(a[1]) || values_equal(v[i], a[1])) {
      v.erase(v.begin() + static_cast<int64_t>(i));
      return Value();
    }
  value_error("list.remove(x): x not in list");
}
Value seq_index(const std::vector<Value>& v, const Value& x, const char* what) {
  for (size_t i = 0; i < v.size(); ++i)
    if (v[i].is(x) || values_equal(v[i], x)) return Value::integer(static_cast<int64_t>(i));
  value_error(std::string(what));
}
Value seq_count(const std::vector<Value>& v, const Value& x) {
  int64_t n = 0;
  for (auto& y : v)
    if (y.is(x) || values_equal(y, x)) ++n;
  return Value::integer(n);
}
Value l_index(Args& a, void*) { return seq_index(L(a), a[1], (repr(a[1]) + " is not in list").c_str()); }
Value l_count(Args& a, void*) { return seq_count(L(a), a[1]); }
Value l_sort(Args& a, void*) {
  const Value* rev = a.keyword("reverse");
  std::vector<Value> items = L(a);
  sort_list(items, a.keyword("key"), rev && truthy(*rev));
  L(a) = std::move(items);
  return Value();
}
Value l_reverse(Args& a, void*) {
  std::reverse(L(a).begin(), L(a).end());
  return Value();
}
Value l_copy(Args& a, void*) { return new_list(L(a)); }
Value l_clear(Args& a, void*) {
  L(a).clear();
  return Value();
}
// list.__init__(iterable): what fills an instance of a list subclass.
Value l_init(Args& a, void*) {
  if (a.n > 2) type_error("list expected at most 1 argument, got " + std::to_string(a.n - 1));
  std::vector<Value> items = a.n > 1 ? to_vector(a[1]) : std::vector<Value>{};
  L(a) = std::move(items);
  return Value();
}

// tuple.__new__(cls, iterable=()): namedtuple classes make their instances with it.
Value t_new(Args& a, void*) {
  if (a.n < 1 || type_of(a[0])->layout != Layout::Type) type_error("tuple.__new__(X): X is not a type object");
  Type* cls = as<Type>(a[0]);
  if (!cls->is_subtype(types().tuple))
    type_error("tuple.__new__(" + cls->name + "): " + cls->name + " is not a subtype of tuple");
  if (a.n > 2) type_error("tuple expected at most 1 argument, got " + std::to_string(a.n - 1));
  auto* t = new Tuple(cls);
  Value v = Value::object(t);
  if (a.n > 1) t->items = to_vector(a[1]);
  return v;
}

Value t_index(Args& a, void*) { return seq_index(as<Tuple>(a[0])->items, a[1], "tuple.index(x): x not in tuple"); }
Value t_count(Args& a, void*) { return seq_count(as<Tuple>(a[0])->items, a[1]); }

// --- dict ---------------------------------------------------------------------------
Dict* D(Args& a) { return as<Dict>(a[0]); }

Value d_get(Args& a, void*) {
  check_args("get", a, 2, 3);
  if (const Value* v = D(a)->get(a[1])) return *v;
  return a.n > 2 ? a[2] : Value();
}
Value d_keys(Args& a, void*) {
  check_args("keys", a, 1, 1);
  return make_dict_view(a[0], 0);
}
Value d_values(Args& a, void*) {
  check_args("values", a, 1, 1);
  return make_dict_view(a[0], 1);
}
Value d_items(Args& a, void*) {
  check_args("items", a, 1, 1);
  return make_dict_view(a[0], 2);
}
Value d_setdefault(Args& a, void*) {
  if (const Value* v = D(a)->get(a[1])) return *v;
  Value d = a.n > 2 ? a[2] : Value();
  D(a)->set(a[1], d);
  return d;
}
Value d_pop(Args& a, void*) {
  Value old;
  if (D(a)->erase(a[1], &old)) return old;
  if (a.n > 2) return a[2];
  raise_value(make_exception_args(types().KeyError, {a[1]}));
}
Value d_popitem(Args& a, void*) {
  Dict* d = D(a);
  for (auto it = d->entries.rbegin(); it != d->entries.rend(); ++it)
    if (it->used) {
      Value k = it->key, v = it->value;
      d->erase(k);
      return new_tuple({k, v});
    }
  raise(types().KeyError, "popitem(): dictionary is empty");
}
Value d_update(Args& a, void*) {
  if (a.n > 1) dict_merge(a[0], a[1], false);
  for (size_t i = 0; i < a.nkw; ++i) D(a)->set(Value::object(a.kw[i].name), a.kw[i].value);
  return Value();
}
Value d_copy(Args& a, void*) {
  Value d = new_dict();  // a plain dict, also for a subclass
  dict_merge(d, a[0], false);
  return d;
}
Value d_clear(Args& a, void*) {
  D(a)->clear();
  return Value();
}
// dict.__init__(mapping_or_pairs, **kw): what fills an instance of a dict subclass.
Value d_init(Args& a, void*) {
  if (a.n > 2) type_error("dict expected at most 1 argument, got " + std::to_string(a.n - 1));
  return d_update(a, nullptr);
}
Value d_fromkeys(Args& a, void*) {
  Value d = new_dict();
  for (auto& k : to_vector(a[1])) as<Dict>(d)->set(k, a.n > 2 ? a[2] : Value());
  return d;
}

// object.__repr__, and the __repr__ of the builtin containers (which a subclass's
// super().__repr__() reaches): the builtin repr, whatever the class overrides.
Value o_repr(Args& a, void*) {
  check_args("__repr__", a, 1, 1);
  return new_str(object_repr(a[0]));
}
Value builtin_repr_method(Args& a, void*) {
  check_args("__repr__", a, 1, 1);
  return new_str(builtin_repr(a[0]));
}

// --- numbers ------------------------------------------------------------------------
Value f_is_integer(Args& a, void*) { return Value::boolean(std::isfinite(a[0].as_float()) && std::floor(a[0].as_float()) == a[0].as_float()); }
Value i_bit_length(Args& a, void*) { return Value::integer(static_cast<int64_t>(to_bigint(a[0]).bit_length())); }
// float.as_integer_ratio(): the exact value as (numerator, denominator), in lowest
// terms with a positive power-of-two denominator.
Value f_as_integer_ratio(Args& a, void*) {
  double x = a[0].as_float();
  if (std::isinf(x)) raise(types().OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) value_error("cannot convert NaN to integer ratio");
  int exponent = 0;
  double mantissa = std::frexp(x, &exponent);
  // Scale the mantissa to an integer (at most 53 bits) and move the scale to the exponent.
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
    mantissa *= 2.0;
    --exponent;
  }
  BigInt numerator = BigInt::from_double(mantissa);
  BigInt denominator = BigInt::from_uint64(1);
  if (exponent > 0) numerator = BigInt::shl(numerator, exponent);
  else denominator = BigInt::shl(denominator, -exponent);
  return new_tuple({new_int(numerator), new_int(denominator)});
}

Value f_hex(Args& a, void*) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", a[0].as_float());
  return new_str(buf);
}

}  // namespace

void Runtime::install_type_methods() {
  install_generator_methods(*this);
  install_range_slice_methods(*this);
  install_str_more_methods(*this);
  install_bytes_methods(*this);
  install_int_bytes(*this);
  install_str_predicates(*this);
  install_set_methods(*this);
  install_exception_group_methods(*this);
  struct M {
    Type* t;
    const char* name;
    NativeFn fn;
  };
  Types& T = types;
  const M methods[] = {
      {T.str, "strip", s_strip}, {T.str, "lstrip", s_lstrip}, {T.str, "rstrip", s_rstrip},
      {T.str, "upper", s_upper}, {T.str, "lower", s_lower}, {T.str, "title", s_title},
      {T.str, "swapcase", s_swapcase}, {T.str, "casefold", s_casefold},
      {T.str, "capitalize", s_capitalize}, {T.str, "split", s_split}, {T.str, "rsplit", s_rsplit},
      {T.str, "splitlines", s_splitlines}, {T.str, "join", s_join}, {T.str, "replace", s_replace},
      {T.str, "startswith", s_startswith}, {T.str, "endswith", s_endswith}, {T.str, "find", s_find},
      {T.str, "rfind", s_rfind}, {T.str, "index", s_index}, {T.str, "rindex", s_rindex}, {T.str, "count", s_count},
      {T.str, "ljust", s_ljust}, {T.str, "rjust", s_rjust}, {T.str, "center", s_center},
      {T.str, "zfill", s_zfill}, {T.str, "encode", s_encode},
      {T.str, "partition", s_partition}, {T.str, "removeprefix", s_removeprefix},
      {T.str, "removesuffix", s_removesuffix}, {T.str, "format", s_format}, {T.str, "format_map", s_format_map},
      {T.list, "append", l_append}, {T.list, "extend", l_extend}, {T.list, "pop", l_pop},
      {T.list, "insert", l_insert}, {T.list, "remove", l_remove}, {T.list, "index", l_index},
      {T.list, "count", l_count}, {T.list, "sort", l_sort}, {T.list, "reverse", l_reverse},
      {T.list, "copy", l_copy}, {T.list, "clear", l_clear}, {T.list, "__init__", l_init},
      {T.tuple, "index", t_index}, {T.tuple, "count", t_count},
      {T.dict, "get", d_get}, {T.dict, "keys", d_keys}, {T.dict, "values", d_values}, {T.dict, "items", d_items},
      {T.dict, "setdefault", d_setdefault}, {T.dict, "pop", d_pop}, {T.dict, "popitem", d_popitem},
      {T.dict, "update", d_update}, {T.dict, "copy", d_copy}, {T.dict, "clear", d_clear},
      {T.dict, "__init__", d_init},
      {T.object, "__repr__", o_repr}, {T.dict, "__repr__", builtin_repr_method},
      {T.list, "__repr__", builtin_repr_method}, {T.tuple, "__repr__", builtin_repr_method},
      {T.set, "__repr__", builtin_repr_method},
      {T.float_, "is_integer", f_is_integer}, {T.float_, "hex", f_hex},
      {T.float_, "as_integer_ratio", f_as_integer_ratio}, {T.int_, "bit_length", i_bit_length},
  };
  for (auto& m : methods) add_method(m.t, m.name, m.fn);
  install_object_init_subclass(T);
  install_object_new(T);
  install_type_natives(T);
  Value fk = make_native("fromkeys", d_fromkeys);
  T.dict->dict->set(intern("fromkeys"), Value::object(new MethodWrapper(T.classmethod, fk)));
  T.tuple->dict->set(intern("__new__"), Value::object(new MethodWrapper(T.staticmethod, make_native("__new__", t_new))));
  install_dict_views(*this);
}

}  // namespace loopscope::lang
