// _sre: the regex engine (regex.h) for pylib/re.py, which builds the re API on two
// calls: compile(pattern, flags) and match(program, string, pos, endpos, mode).
#include <algorithm>
#include <string>

#include "lang/interp_state.h"
#include "lang/modules/module_util.h"
#include "lang/number_format.h"
#include "lang/objects.h"
#include "lang/regex.h"
#include "lang/runtime_state.h"
#include "lang/unicode_chars.h"

namespace loopscope::lang {

namespace {

// A compiled pattern, with the code points of the last string it matched: re's
// finditer, sub and split call match() again and again on the same string.
class RegexObj : public NativeObject {
 public:
  RegexObj(Type* t, RegexProgram p) : NativeObject(t), program(std::move(p)) {}
  RegexProgram program;
  Value last_text;
  std::u32string code_points;
};

std::u32string decode(const std::string& utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) out.push_back(next_code_point(utf8, &i));
  return out;
}

// Between slices of a long match: Stop, KeyboardInterrupt, the browser's turn.
void poll_interrupts() { interp().poll_in_native_code(); }

Type* g_program_type = nullptr;  // the running Runtime's (set when _sre is imported)

int64_t int_arg(const Value& v, const char* what) {
  if (!v.is_int()) type_error(std::string(what) + " must be an int");
  return v.as_int();
}

// compile(pattern, flags) -> (program, groups, groupindex, flags), or
// (None, message, position, 0) for re.error.
Value sre_compile(Args& a, void*) {
  check_args("compile", a, 2, 2);
  if (!is_str(a[0])) type_error("first argument must be a string");
  int flags = static_cast<int>(int_arg(a[1], "flags"));
  std::u32string pattern = decode(str_of(a[0]));
  try {
    RegexProgram program = compile_regex(pattern, flags);
    // Named groups in the order they appear, as CPython's groupindex.
    std::vector<std::pair<int, std::string>> named;
    for (const auto& [name, index] : program.group_index) named.emplace_back(index, name);
    std::sort(named.begin(), named.end());
    Value groupindex = new_dict();
    for (const auto& [index, name] : named) as<Dict>(groupindex)->set(new_str(name), Value::integer(index));
    int groups = program.groups;
    int effective = program.flags;
    Value prog = Value::object(new RegexObj(g_program_type, std::move(program)));
    return new_tuple({prog, Value::integer(groups), groupindex, Value::integer(effective)});
  } catch (const RegexError& e) {
    if (e.too_deep) raise(types().RecursionError, e.message);
    return new_tuple({Value(), new_str(e.message), Value::integer(e.pos), Value::integer(0)});
  }
}

RegexObj* program_arg(const Value& v) {
  auto* re = v.is_object() ? dynamic_cast<RegexObj*>(v.as_object()) : nullptr;
  if (!re) type_error("needs a compiled program");
  return re;
}

// The code points of `text`, decoded once per string (kept by the program).
const std::u32string& subject(RegexObj* re, const Value& text) {
  if (!is_str(text)) type_error("expected string or bytes-like object, got '" + type_name(text) + "'");
  if (!re->last_text.is(text)) {
    re->code_points = decode(str_of(text));
    re->last_text = text;
  }
  return re->code_points;
}

Value span_tuple(const std::vector<int64_t>& spans) {
  std::vector<Value> out;
  out.reserve(spans.size());
  for (int64_t s : spans) out.push_back(Value::integer(s));
  return new_tuple(std::move(out));
}

// Calls `found(spans)` for each successive match of a search from pos, as finditer
// does (after an empty match the next must advance), at most `limit` times (0: all).
template <class Found>
void each_match(RegexObj* re, const std::u32string& text, int64_t pos, int64_t endpos, bool must_advance,
                int64_t limit, Found found) {
  std::vector<int64_t> spans;
  int64_t end = std::min<int64_t>(endpos, static_cast<int64_t>(text.size()));
  for (int64_t n = 0; (limit == 0 || n < limit) && pos <= end; ++n) {
    if (!regex_match(re->program, text, pos, endpos, RegexMode::Search, must_advance, &spans, poll_interrupts))
      return;
    found(spans);
    must_advance = spans[0] == spans[1];
    pos = spans[1];
  }
}

// scan(program, string, pos, endpos, must_advance, limit) -> a list of span tuples
// (match's), the next `limit` matches of finditer, sub and split.
Value sre_scan(Args& a, void*) {
  check_args("scan", a, 6, 6);
  RegexObj* re = program_arg(a[0]);
  const std::u32string& text = subject(re, a[1]);
  Value out = new_list();
  each_match(re, text, int_arg(a[2], "pos"), int_arg(a[3], "endpos"), truthy(a[4]), int_arg(a[5], "limit"),
             [&](const std::vector<int64_t>& spans) { as<List>(out)->items.push_back(span_tuple(spans)); });
  return out;
}

// The text of `text` between code points [start, end), appended as UTF-8.
void append_range(std::string* out, const std::u32string& text, int64_t start, int64_t end) {
  for (int64_t i = start; i < end; ++i) append_utf8(out, text[i]);
}

Value substring(const std::u32string& text, int64_t start, int64_t end) {
  if (start < 0 || end < 0) return new_str("");
  std::string out;
  out.reserve(end - start);
  append_range(&out, text, start, end);
  return new_str(std::move(out), end - start);
}

// match(program, string, pos, endpos, mode) -> None, or a tuple of 2 * (groups + 1)
// positions (-1 where a group did not take part) and lastindex. mode: 0 match,
// 1 fullmatch, 2 search.
Value sre_match(Args& a, void*) {
  check_args("match", a, 5, 5);
  RegexObj* re = program_arg(a[0]);
  const std::u32string& text = subject(re, a[1]);
  int64_t mode = int_arg(a[4], "mode");
  RegexMode how = mode == 0 ? RegexMode::Match : mode == 1 ? RegexMode::FullMatch : RegexMode::Search;
  std::vector<int64_t> spans;
  if (!regex_match(re->program, text, int_arg(a[2], "pos"), int_arg(a[3], "endpos"), how, false, &spans,
                   poll_interrupts))
    return Value();
  return span_tuple(spans);
}

// findall(program, string, pos, endpos) -> Pattern.findall's list: the matches, the
// one group's text, or a tuple of the groups ('' for a group that did not match).
Value sre_findall(Args& a, void*) {
  check_args("findall", a, 4, 4);
  RegexObj* re = program_arg(a[0]);
  const std::u32string& text = subject(re, a[1]);
  int groups = re->program.groups;
  Value out = new_list();
  each_match(re, text, int_arg(a[2], "pos"), int_arg(a[3], "endpos"), false, 0, [&](const std::vector<int64_t>& sp) {
    Value item;
    if (groups == 0) {
      item = substring(text, sp[0], sp[1]);
    } else if (groups == 1) {
      item = substring(text, sp[2], sp[3]);
    } else {
      std::vector<Value> parts;
      for (int g = 1; g <= groups; ++g) parts.push_back(substring(text, sp[2 * g], sp[2 * g + 1]));
      item = new_tuple(std::move(parts));
    }
    as<List>(out)->items.push_back(std::move(item));
  });
  return out;
}

// sub(program, template, string, count) -> (new string, replacements): Pattern.subn
// with a template re.py has parsed into a list of literal strs and group numbers.
Value sre_sub(Args& a, void*) {
  check_args("sub", a, 4, 4);
  RegexObj* re = program_arg(a[0]);
  if (type_of(a[1]) != types().list) type_error("sub() needs a parsed template");
  Value template_list = a[1];  // kept alive while the matches run
  const std::vector<Value>& parts = as<List>(template_list)->items;
  const std::u32string& text = subject(re, a[2]);
  std::string out;
  int64_t last = 0, n = 0;
  each_match(re, text, 0, static_cast<int64_t>(text.size()), false, int_arg(a[3], "count"),
             [&](const std::vector<int64_t>& sp) {
               append_range(&out, text, last, sp[0]);
               for (const Value& part : parts) {
                 if (part.is_int()) append_range(&out, text, sp[2 * part.as_int()], sp[2 * part.as_int() + 1]);
                 else out += str_of(part);
               }
               last = sp[1];
               ++n;
             });
  append_range(&out, text, last, static_cast<int64_t>(text.size()));
  return new_tuple({new_str(std::move(out)), Value::integer(n)});
}

// split(program, string, maxsplit) -> Pattern.split's list: the pieces between
// matches, each followed by the groups (None for a group that did not match).
Value sre_split(Args& a, void*) {
  check_args("split", a, 3, 3);
  RegexObj* re = program_arg(a[0]);
  const std::u32string& text = subject(re, a[1]);
  int groups = re->program.groups;
  Value out = new_list();
  std::vector<Value>& items = as<List>(out)->items;
  int64_t last = 0;
  each_match(re, text, 0, static_cast<int64_t>(text.size()), false, int_arg(a[2], "maxsplit"),
             [&](const std::vector<int64_t>& sp) {
               items.push_back(substring(text, last, sp[0]));
               for (int g = 1; g <= groups; ++g)
                 items.push_back(sp[2 * g] < 0 ? Value() : substring(text, sp[2 * g], sp[2 * g + 1]));
               last = sp[1];
             });
  items.push_back(substring(text, last, static_cast<int64_t>(text.size())));
  return out;
}

}  // namespace

void build_sre_natives(Module* m) {
  g_program_type = rt().make_type("Program", Layout::Native, types().object, nullptr);
  g_program_type->module = "_sre";
  add_function(m, "compile", sre_compile);
  add_function(m, "match", sre_match);
  add_function(m, "scan", sre_scan);
  add_function(m, "findall", sre_findall);
  add_function(m, "sub", sre_sub);
  add_function(m, "split", sre_split);
}

}  // namespace loopscope::lang
