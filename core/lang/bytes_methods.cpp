// The methods of bytes that work on bytes (str_more_methods.cpp has decode, hex and
// fromhex): searching, splitting, joining, stripping, replacing, ASCII case and
// classes, padding. As CPython's bytes: case and whitespace are ASCII only, positions
// are byte offsets, arguments must be bytes (a str is a TypeError).
#include <algorithm>

#include "lang/interp_state.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"

namespace loopscope::lang {

namespace {

bool is_bytes(const Value& v) { return type_of(v)->layout == Layout::Bytes; }

const std::string& self_bytes(Args& a, const char* name) {
  if (a.n == 0 || !is_bytes(a[0])) type_error(std::string("descriptor '") + name + "' requires a 'bytes' object");
  return as<Bytes>(a[0])->s;
}

// A bytes argument (split's sep, replace's old and new, ...).
const std::string& bytes_arg(const Value& v) {
  if (!is_bytes(v)) type_error("a bytes-like object is required, not '" + type_name(v) + "'");
  return as<Bytes>(v)->s;
}

// find/count/index's sub: bytes or an int in range(256).
std::string sub_arg(const Value& v) {
  if (is_bytes(v)) return as<Bytes>(v)->s;
  if (v.is_int() || type_of(v) == types().bool_) {
    int64_t b = index_of(v);
    if (b < 0 || b > 255) value_error("byte must be in range(0, 256)");
    return std::string(1, static_cast<char>(b));
  }
  type_error("argument should be integer or bytes-like object, not '" + type_name(v) + "'");
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return is_ascii_lower(c) || is_ascii_upper(c); }

// The [start, end) of a search, from optional start/end arguments at a[i], a[i+1]
// (None or absent: the whole; negatives from the end; clamped as slices are).
void search_bounds(Args& a, size_t i, int64_t size, int64_t* start, int64_t* end) {
  // A start past the end stays there: nothing, not even b'', is found after it.
  auto bound = [&](size_t k, int64_t dflt) {
    if (k >= a.n || a[k].is_none()) return dflt;
    int64_t v = index_of(a[k]);
    return v < 0 ? std::max<int64_t>(0, v + size) : v;
  };
  *start = bound(i, 0);
  *end = std::min(bound(i + 1, size), size);
}

// The offset of sub in s[start:end] searched forward or backward, -1 if absent.
int64_t find_in(const std::string& s, const std::string& sub, int64_t start, int64_t end, bool backward) {
  if (start > end || end - start < static_cast<int64_t>(sub.size())) return -1;
  std::string_view window(s.data() + start, end - start);
  size_t at = backward ? window.rfind(sub) : window.find(sub);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

Value find_method(Args& a, const char* name, bool backward, bool raise_missing) {
  check_args(name, a, 2, 4);
  const std::string& s = self_bytes(a, name);
  std::string sub = sub_arg(a[1]);
  int64_t start, end;
  search_bounds(a, 2, static_cast<int64_t>(s.size()), &start, &end);
  int64_t at = find_in(s, sub, start, end, backward);
  if (at < 0 && raise_missing) value_error("subsection not found");
  return Value::integer(at);
}

Value by_find(Args& a, void*) { return find_method(a, "find", false, false); }
Value by_rfind(Args& a, void*) { return find_method(a, "rfind", true, false); }
Value by_index(Args& a, void*) { return find_method(a, "index", false, true); }
Value by_rindex(Args& a, void*) { return find_method(a, "rindex", true, true); }

Value by_count(Args& a, void*) {
  check_args("count", a, 2, 4);
  const std::string& s = self_bytes(a, "count");
  std::string sub = sub_arg(a[1]);
  int64_t start, end;
  search_bounds(a, 2, static_cast<int64_t>(s.size()), &start, &end);
  if (start > end) return Value::integer(0);
  if (sub.empty()) return Value::integer(end - start + 1);
  int64_t n = 0;
  for (int64_t at = find_in(s, sub, start, end, false); at >= 0;
       at = find_in(s, sub, at + static_cast<int64_t>(sub.size()), end, false))
    ++n;
  return Value::integer(n);
}

Value affix_method(Args& a, const char* name, bool suffix) {
  check_args(name, a, 2, 4);
  const std::string& s = self_bytes(a, name);
  int64_t start, end;
  search_bounds(a, 2, static_cast<int64_t>(s.size()), &start, &end);
  auto matches = [&](const Value& v) {
    if (!is_bytes(v))
      type_error(std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(v));
    const std::string& affix = as<Bytes>(v)->s;
    if (start > end || static_cast<int64_t>(affix.size()) > end - start) return false;
    size_t at = suffix ? static_cast<size_t>(end) - affix.size() : static_cast<size_t>(start);
    return s.compare(at, affix.size(), affix) == 0;
  };
  if (type_of(a[1]) == types().tuple) {
    for (const Value& v : to_vector(a[1]))
      if (matches(v)) return Value::boolean(true);
    return Value::boolean(false);
  }
  return Value::boolean(matches(a[1]));
}

Value by_startswith(Args& a, void*) { return affix_method(a, "startswith", false); }
Value by_endswith(Args& a, void*) { return affix_method(a, "endswith", true); }

Value by_join(Args& a, void*) {
  check_args("join", a, 2, 2);
  const std::string& sep = self_bytes(a, "join");
  std::string out;
  size_t i = 0;
  for (const Value& v : to_vector_or(a[1], "can only join an iterable")) {
    if (!is_bytes(v))
      type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " + type_name(v) + " found");
    if (i++) out += sep;
    out += as<Bytes>(v)->s;
  }
  return new_bytes(std::move(out));
}

// split/rsplit: by a separator, or by runs of ASCII whitespace when it is None.
Value split_method(Args& a, const char* name, bool from_right) {
  check_args(name, a, 1, 3, {"sep", "maxsplit"});
  const std::string& s = self_bytes(a, name);
  const Value* sep_v = a.n > 1 ? &a[1] : a.keyword("sep");
  const Value* max_v = a.n > 2 ? &a[2] : a.keyword("maxsplit");
  int64_t maxsplit = max_v ? index_of(*max_v) : -1;
  std::vector<std::string> parts;
  if (!sep_v || sep_v->is_none()) {
    // Runs of whitespace, none kept at either end (but in the rest after maxsplit).
    int64_t n = static_cast<int64_t>(s.size());
    if (!from_right) {
      int64_t i = 0;
      while (true) {
        while (i < n && is_ascii_space(s[i])) ++i;
        if (i == n) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(i));  // the rest, its trailing whitespace kept
          break;
        }
        int64_t j = i;
        while (j < n && !is_ascii_space(s[j])) ++j;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      int64_t i = n;
      while (true) {
        while (i > 0 && is_ascii_space(s[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(0, i));  // the rest, its leading whitespace kept
          break;
        }
        int64_t j = i;
        while (j > 0 && !is_ascii_space(s[j - 1])) --j;
        parts.push_back(s.substr(j, i - j));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    const std::string& sep = bytes_arg(*sep_v);
    if (sep.empty()) value_error("empty separator");
    if (!from_right) {
      size_t i = 0;
      while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
        size_t at = s.find(sep, i);
        if (at == std::string::npos) break;
        parts.push_back(s.substr(i, at - i));
        i = at + sep.size();
      }
      parts.push_back(s.substr(i));
    } else {
      size_t end = s.size();
      while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
        if (end < sep.size()) break;
        size_t at = s.rfind(sep, end - sep.size());
        if (at == std::string::npos) break;
        parts.push_back(s.substr(at + sep.size(), end - at - sep.size()));
        end = at;
      }
      parts.push_back(s.substr(0, end));
      std::reverse(parts.begin(), parts.end());
    }
  }
  std::vector<Value> items;
  items.reserve(parts.size());
  for (auto& p : parts) items.push_back(new_bytes(std::move(p)));
  return new_list(std::move(items));
}

Value by_split(Args& a, void*) { return split_method(a, "split", false); }
Value by_rsplit(Args& a, void*) { return split_method(a, "rsplit", true); }

Value by_splitlines(Args& a, void*) {
  check_args("splitlines", a, 1, 2, {"keepends"});
  const std::string& s = self_bytes(a, "splitlines");
  const Value* keep_v = a.n > 1 ? &a[1] : a.keyword("keepends");
  bool keepends = keep_v && truthy(*keep_v);
  std::vector<Value> items;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
    items.push_back(new_bytes(s.substr(i, (keepends ? j : eol) - i)));
    i = j;
  }
  return new_list(std::move(items));
}

Value partition_method(Args& a, const char* name, bool from_right) {
  check_args(name, a, 2, 2);
  const std::string& s = self_bytes(a, name);
  const std::string& sep = bytes_arg(a[1]);
  if (sep.empty()) value_error("empty separator");
  size_t at = from_right ? s.rfind(sep) : s.find(sep);
  if (at == std::string::npos) {
    Value whole = a[0], empty = new_bytes("");
    return from_right ? new_tuple({empty, empty, whole}) : new_tuple({whole, empty, empty});
  }
  return new_tuple({new_bytes(s.substr(0, at)), a[1], new_bytes(s.substr(at + sep.size()))});
}

Value by_partition(Args& a, void*) { return partition_method(a, "partition", false); }
Value by_rpartition(Args& a, void*) { return partition_method(a, "rpartition", true); }

// strip/lstrip/rstrip: ASCII whitespace, or the bytes in chars.
Value strip_method(Args& a, const char* name, bool left, bool right) {
  check_args(name, a, 1, 2);
  const std::string& s = self_bytes(a, name);
  bool by_chars = a.n > 1 && !a[1].is_none();
  std::string chars = by_chars ? bytes_arg(a[1]) : std::string();
  auto strippable = [&](char c) { return by_chars ? chars.find(c) != std::string::npos : is_ascii_space(c); };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strippable(s[b])) ++b;
  if (right)
    while (e > b && strippable(s[e - 1])) --e;
  if (b == 0 && e == s.size()) return a[0];
  return new_bytes(s.substr(b, e - b));
}

Value by_strip(Args& a, void*) { return strip_method(a, "strip", true, true); }
Value by_lstrip(Args& a, void*) { return strip_method(a, "lstrip", true, false); }
Value by_rstrip(Args& a, void*) { return strip_method(a, "rstrip", false, true); }

Value by_replace(Args& a, void*) {
  check_args("replace", a, 3, 4);
  const std::string& s = self_bytes(a, "replace");
  const std::string& old = bytes_arg(a[1]);
  const std::string& rep = bytes_arg(a[2]);
  int64_t count = a.n > 3 ? index_of(a[3]) : -1;
  std::string out;
  if (old.empty()) {
    // Between every byte and at both ends, as str.replace.
    int64_t done = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (count < 0 || done < count) {
        out += rep;
        ++done;
      }
      if (i < s.size()) out += s[i];
    }
    return new_bytes(std::move(out));
  }
  size_t i = 0;
  for (int64_t done = 0; count < 0 || done < count; ++done) {
    size_t at = s.find(old, i);
    if (at == std::string::npos) break;
    out.append(s, i, at - i);
    out += rep;
    i = at + old.size();
  }
  out.append(s, i, std::string::npos);
  return new_bytes(std::move(out));
}

Value affix_remove(Args& a, const char* name, bool suffix) {
  check_args(name, a, 2, 2);
  const std::string& s = self_bytes(a, name);
  const std::string& affix = bytes_arg(a[1]);
  if (affix.empty() || affix.size() > s.size()) return a[0];
  if (suffix ? s.compare(s.size() - affix.size(), affix.size(), affix) != 0 : s.compare(0, affix.size(), affix) != 0)
    return a[0];
  return new_bytes(suffix ? s.substr(0, s.size() - affix.size()) : s.substr(affix.size()));
}

Value by_removeprefix(Args& a, void*) { return affix_remove(a, "removeprefix", false); }
Value by_removesuffix(Args& a, void*) { return affix_remove(a, "removesuffix", true); }

template <char (*Map)(char, bool*)>
Value map_bytes(Args& a, const char* name) {
  check_args(name, a, 1, 1);
  std::string out = self_bytes(a, name);
  bool word_start = true;
  for (char& c : out) c = Map(c, &word_start);
  return new_bytes(std::move(out));
}

char to_upper(char c, bool*) { return is_ascii_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c, bool*) { return is_ascii_upper(c) ? static_cast<char>(c + 32) : c; }
char swap_case(char c, bool*) {
  return is_ascii_lower(c) ? static_cast<char>(c - 32) : is_ascii_upper(c) ? static_cast<char>(c + 32) : c;
}
// title(): upper after a non-letter, lower after a letter (cased bytes are letters).
char to_title(char c, bool* word_start) {
  char out = *word_start ? to_upper(c, nullptr) : to_lower(c, nullptr);
  *word_start = !is_ascii_alpha(c);
  return out;
}
// capitalize(): the first byte upper, the rest lower.
char capitalize_byte(char c, bool* first) {
  char out = *first ? to_upper(c, nullptr) : to_lower(c, nullptr);
  *first = false;
  return out;
}

Value by_upper(Args& a, void*) { return map_bytes<to_upper>(a, "upper"); }
Value by_lower(Args& a, void*) { return map_bytes<to_lower>(a, "lower"); }
Value by_swapcase(Args& a, void*) { return map_bytes<swap_case>(a, "swapcase"); }
Value by_title(Args& a, void*) { return map_bytes<to_title>(a, "title"); }
Value by_capitalize(Args& a, void*) { return map_bytes<capitalize_byte>(a, "capitalize"); }

template <bool (*Pred)(char)>
Value all_bytes(Args& a, const char* name) {
  check_args(name, a, 1, 1);
  const std::string& s = self_bytes(a, name);
  if (s.empty()) return Value::boolean(false);
  return Value::boolean(std::all_of(s.begin(), s.end(), Pred));
}

bool is_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
bool is_ascii(char c) { return static_cast<unsigned char>(c) < 128; }

Value by_isdigit(Args& a, void*) { return all_bytes<is_ascii_digit>(a, "isdigit"); }
Value by_isalpha(Args& a, void*) { return all_bytes<is_ascii_alpha>(a, "isalpha"); }
Value by_isalnum(Args& a, void*) { return all_bytes<is_alnum>(a, "isalnum"); }
Value by_isspace(Args& a, void*) { return all_bytes<is_ascii_space>(a, "isspace"); }
Value by_isascii(Args& a, void*) {
  check_args("isascii", a, 1, 1);
  const std::string& s = self_bytes(a, "isascii");
  return Value::boolean(std::all_of(s.begin(), s.end(), is_ascii));
}

// isupper/islower: some cased byte, none of the other case.
Value case_test(Args& a, const char* name, bool upper) {
  check_args(name, a, 1, 1);
  const std::string& s = self_bytes(a, name);
  bool cased = false;
  for (char c : s) {
    if (upper ? is_ascii_lower(c) : is_ascii_upper(c)) return Value::boolean(false);
    if (upper ? is_ascii_upper(c) : is_ascii_lower(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value by_isupper(Args& a, void*) { return case_test(a, "isupper", true); }
Value by_islower(Args& a, void*) { return case_test(a, "islower", false); }

// center/ljust/rjust(width[, fillbyte]); zfill(width).
Value pad_method(Args& a, const char* name, int where) {
  check_args(name, a, 2, 3);
  const std::string& s = self_bytes(a, name);
  int64_t width = index_of(a[1]);
  char fill = ' ';
  if (a.n > 2) {
    const std::string& f = is_bytes(a[2]) ? as<Bytes>(a[2])->s : std::string();
    if (!is_bytes(a[2]) || f.size() != 1)
      type_error(std::string(name) + "() argument 2 must be a byte string of length 1, not " + type_name(a[2]));
    fill = f[0];
  }
  int64_t size = static_cast<int64_t>(s.size());
  if (width <= size) return a[0];
  int64_t pad = width - size;
  // center: CPython puts the odd byte on the left when the length is odd.
  int64_t left = where < 0 ? 0 : where > 0 ? pad : pad / 2 + (pad & width & 1);
  return new_bytes(std::string(left, fill) + s + std::string(pad - left, fill));
}

Value by_ljust(Args& a, void*) { return pad_method(a, "ljust", -1); }
Value by_rjust(Args& a, void*) { return pad_method(a, "rjust", 1); }
Value by_center(Args& a, void*) { return pad_method(a, "center", 0); }

Value by_zfill(Args& a, void*) {
  check_args("zfill", a, 2, 2);
  const std::string& s = self_bytes(a, "zfill");
  int64_t width = index_of(a[1]);
  if (width <= static_cast<int64_t>(s.size())) return a[0];
  std::string out(width - s.size(), '0');
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) return new_bytes(s.substr(0, 1) + out + s.substr(1));
  return new_bytes(out + s);
}

}  // namespace

void install_bytes_methods(Runtime& r) {
  Type* b = r.types.bytes;
  const std::pair<const char*, NativeFn> methods[] = {
      {"find", by_find}, {"rfind", by_rfind}, {"index", by_index}, {"rindex", by_rindex},
      {"count", by_count}, {"startswith", by_startswith}, {"endswith", by_endswith},
      {"join", by_join}, {"split", by_split}, {"rsplit", by_rsplit}, {"splitlines", by_splitlines},
      {"partition", by_partition}, {"rpartition", by_rpartition}, {"strip", by_strip},
      {"lstrip", by_lstrip}, {"rstrip", by_rstrip}, {"replace", by_replace},
      {"removeprefix", by_removeprefix}, {"removesuffix", by_removesuffix}, {"upper", by_upper},
      {"lower", by_lower}, {"swapcase", by_swapcase}, {"title", by_title}, {"capitalize", by_capitalize},
      {"isdigit", by_isdigit}, {"isalpha", by_isalpha}, {"isalnum", by_isalnum}, {"isspace", by_isspace},
      {"isascii", by_isascii}, {"isupper", by_isupper}, {"islower", by_islower}, {"ljust", by_ljust},
      {"rjust", by_rjust}, {"center", by_center}, {"zfill", by_zfill},
  };
  for (auto& [name, fn] : methods) r.add_method(b, name, fn);
}

}  // namespace loopscope::lang
