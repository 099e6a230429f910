// _introspect: the running program's own stack and tracebacks, for the traceback and
// logging modules (pylib): stack() lists the frames, innermost first, as (filename,
// line, function name, source line or None); traceback_summary(tb) the same for a
// traceback object's entry; format_traceback(exc) is the text CPython prints for it.
#include "lang/interp_state.h"
#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"
#include "lang/traceback_format.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {

// (filename, line, function name, source line or None): a FrameSummary's fields.
Value summary(const std::string& file, int line, const std::string& function) {
  std::string text = program_source_line(file, line);
  return new_tuple({new_str(file), Value::integer(line), new_str(function), text.empty() ? Value() : new_str(text)});
}

Value stack(Args& a, void*) {
  check_args("stack", a, 0, 0);
  std::vector<Value> frames;
  for (Frame* f = Vm::current_frame(); f; f = f->parent)
    frames.push_back(summary(f->code->filename, f->line(), f->code->name));
  return new_list(std::move(frames));
}

// (filename, lineno, name, line) of a traceback object's entry, as extract_stack's.
Value traceback_summary(Args& a, void*) {
  check_args("traceback_summary", a, 1, 1);
  const TraceEntry* e = traceback_entry(a[0]);
  if (!e) type_error("traceback_summary() argument must be a traceback, not " + type_name(a[0]));
  return summary(e->file, e->line, e->function);
}

Value format_traceback_text(Args& a, void*) {
  check_args("format_traceback", a, 1, 1);
  if (!isinstance(a[0], types().BaseException))
    type_error("format_traceback() argument must be an exception, not " + type_name(a[0]));
  return new_str(format_traceback(a[0]));
}

// types.coroutine's step for a generator function: marks its code as CPython sets
// CO_ITERABLE_COROUTINE, so that its generators can be awaited. False for anything else.
Value mark_iterable_coroutine(Args& a, void*) {
  check_args("mark_iterable_coroutine", a, 1, 1);
  if (type_of(a[0]) != types().function) return Value::boolean(false);
  Code* code = as<Function>(a[0])->code;
  if (!(code->flags & kCodeGenerator)) return Value::boolean(false);
  code->flags |= kCodeIterableCoroutine;
  return Value::boolean(true);
}

}  // namespace

void build_introspect_natives(Module* m) {
  add_function(m, "mark_iterable_coroutine", mark_iterable_coroutine);
  add_function(m, "stack", stack);
  add_function(m, "format_traceback", format_traceback_text);
  add_function(m, "traceback_summary", traceback_summary);
}

}  // namespace loopscope::lang
