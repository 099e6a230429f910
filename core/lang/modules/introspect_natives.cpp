// _introspect: the running program's own stack and tracebacks, for the traceback and
// logging modules (pylib): stack() lists the frames, innermost first, as (filename,
// line, function name, source line or None); format_traceback(exc) is the text CPython prints for it.
#include <algorithm>

#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"
#include "lang/traceback_format.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {

// The line a frame is at: the instruction before its saved ip (the call it is in).
int frame_line(const Frame* f) {
  const std::vector<int>& lines = f->code->lines;
  if (lines.empty()) return f->code->first_line;
  size_t i = static_cast<size_t>(std::max(f->ip - 1, 0));
  return lines[std::min(i, lines.size() - 1)];
}

// The program's source line `line` of `file`, stripped as tracebacks show it; None
// for other files (the frozen modules).
Value source_text(const std::string& file, int line) {
  const auto& lines = rt().source_lines;
  if (file != rt().filename || line < 1 || static_cast<size_t>(line) > lines.size()) return Value();
  const std::string& s = lines[static_cast<size_t>(line - 1)];
  size_t b = s.find_first_not_of(" \t");
  return new_str(b == std::string::npos ? std::string() : s.substr(b));
}

Value stack(Args& a, void*) {
  check_args("stack", a, 0, 0);
  std::vector<Value> frames;
  for (Frame* f = Vm::current_frame(); f; f = f->parent) {
    int line = frame_line(f);
    frames.push_back(new_tuple({new_str(f->code->filename), Value::integer(line), new_str(f->code->name),
                                source_text(f->code->filename, line)}));
  }
  return new_list(std::move(frames));
}

Value format_traceback_text(Args& a, void*) {
  check_args("format_traceback", a, 1, 1);
  if (!isinstance(a[0], types().BaseException))
    type_error("format_traceback() argument must be an exception, not " + type_name(a[0]));
  return new_str(format_traceback(a[0]));
}

}  // namespace

void build_introspect_natives(Module* m) {
  add_function(m, "stack", stack);
  add_function(m, "format_traceback", format_traceback_text);
}

}  // namespace loopscope::lang
