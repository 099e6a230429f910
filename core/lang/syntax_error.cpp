// SyntaxError objects with a location (syntax_error.h).
#include "lang/syntax_error.h"

#include "lang/objects.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

// The location fields, read back from the exception's attributes; false when absent.
bool location(const Value& exc, SyntaxErrorInfo* info, std::string* filename) {
  Dict* d = as<ExceptionObj>(exc)->dict;
  const Value* msg = d ? d->get_str("msg") : nullptr;
  const Value* file = d ? d->get_str("filename") : nullptr;
  const Value* line = d ? d->get_str("lineno") : nullptr;
  if (!msg || !file || !line || !is_str(*msg) || !is_str(*file) || !line->is_int()) return false;
  info->type = type_of(exc)->name;
  info->message = str_of(*msg);
  info->line = static_cast<int>(line->as_int());
  *filename = str_of(*file);
  if (const Value* v = d->get_str("offset"); v && v->is_int()) info->col = static_cast<int>(v->as_int());
  if (const Value* v = d->get_str("end_offset"); v && v->is_int()) info->end_col = static_cast<int>(v->as_int());
  if (const Value* v = d->get_str("text"); v && is_str(*v)) info->text = str_of(*v);
  return true;
}

Value int_or_none(int v) { return v > 0 ? Value::integer(v) : Value(); }

}  // namespace

Value make_syntax_error(const SyntaxErrorInfo& info, const std::string& filename) {
  auto it = rt().exception_types.find(info.type);
  Type* t = it != rt().exception_types.end() ? it->second : types().SyntaxError;
  Value text = info.text.empty() ? Value() : new_str(info.text);
  Value details = new_tuple({new_str(filename), Value::integer(info.line), int_or_none(info.col), text,
                             Value::integer(info.line), int_or_none(info.end_col)});
  Value exc = make_exception_args(t, {new_str(info.message), details});
  auto* e = as<ExceptionObj>(exc);
  static const char* const kFields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  e->dict->set_str("msg", new_str(info.message));
  for (size_t i = 0; i < 6; ++i) e->dict->set_str(kFields[i], as<Tuple>(details)->items[i]);
  return exc;
}

bool syntax_error_str(const Value& exc, std::string* out) {
  SyntaxErrorInfo info;
  std::string filename;
  if (!location(exc, &info, &filename)) return false;
  *out = info.message + " (" + filename + ", line " + std::to_string(info.line) + ")";
  return true;
}

bool syntax_error_display(const Value& exc, std::string* out) {
  SyntaxErrorInfo info;
  std::string filename;
  if (!location(exc, &info, &filename)) return false;
  if (!info.text.empty() && info.text.back() == '\n') info.text.pop_back();
  *out = format_syntax_error(info, filename);
  return true;
}

}  // namespace loopscope::lang
