// Whole-program runs and CPython-style error reports.
#include "lang/program.h"
#include "lang/interp_state.h"

#include <algorithm>
#include <new>
#include <vector>

#include "lang/compiler.h"
#include "lang/gc.h"
#include "lang/parser.h"
#include "lang/repr.h"
#include "lang/traceback_format.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {
int run_module(Runtime& runtime, const std::string& source, const std::string& filename);
}

int run_program(Runtime& runtime, const std::string& source, const std::string& filename) {
  try {
    return run_module(runtime, source, filename);
  } catch (const std::bad_alloc&) {
    // Memory ran out even in the reserve kept for reporting a MemoryError (a
    // program that caught MemoryError and kept allocating): no traceback then.
    runtime.write_stderr("MemoryError: the run exceeded its memory cap\n");
    return 1;
  }
}

namespace {

int run_module(Runtime& runtime, const std::string& source, const std::string& filename) {
  runtime.filename = filename;
  // Split as std::getline would (no empty last line after a final newline), without
  // iostreams: they would pull libc++'s locales into the page's wasm, and under node
  // the wasm CLI compiles each function at its first call (with the CLI's ifstream they
  // were 103 of the 329 functions print(1) compiled).
  for (size_t start = 0; start < source.size();) {
    size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    runtime.source_lines.emplace_back(source, start, end - start);
    start = end + 1;
  }
  ParseResult parsed = parse(source);
  if (parsed.error) {
    runtime.error_location = {parsed.error->line, parsed.error->col, parsed.error->end_col, true};
    runtime.write_stderr(format_syntax_error(*parsed.error, filename));
    return 1;
  }
  CompileError cerr;
  Value code = compile_module(*parsed.module, filename, &cerr);
  if (code.is_none()) {
    bool has_line = cerr.line >= 1 && static_cast<size_t>(cerr.line) <= runtime.source_lines.size();
    SyntaxErrorInfo info =
        syntax_error_info(cerr, has_line ? runtime.source_lines[static_cast<size_t>(cerr.line - 1)] : "");
    runtime.error_location = {info.line, info.col, info.end_col, true};
    runtime.write_stderr(format_syntax_error(info, filename));
    return 1;
  }
  // Setting up the runtime, parsing and compiling: pieces without host turns.
  runtime.give_host_turn_if_due();
  Value globals = new_dict();
  // At the end the module's names are dropped, as CPython's teardown does, so that
  // what dies then (a coroutine never awaited) is reported after the output.
  // Before that, the garbage cycles are collected while the globals are whole, so that
  // a generator's finally blocks still see them (CPython collects before it clears
  // the modules too); not after a stop, which runs no more Python code.
  struct Teardown {
    Value& globals;
    bool stopped = false;
    ~Teardown() {
      if (!stopped) rt().gc->collect_at_exit();
      as<Dict>(globals)->clear();
    }
  } teardown{globals};
  // The names runpy gives a program (vtime.py runs it with run_path); a docstring
  // replaces __doc__. A program has no import machinery here: no __loader__.
  Dict* g = as<Dict>(globals);
  g->set_str("__name__", new_str("__main__"));
  g->set_str("__doc__", Value());
  g->set_str("__file__", new_str(filename));
  g->set_str("__package__", new_str(""));
  g->set_str("__spec__", Value());
  g->set_str("__cached__", Value());
  g->set_str("__builtins__", runtime.builtins_value);
  Value uncaught;  // the exception that ended the program, reported below
  try {
    Frame frame(as<Code>(code), nullptr, as<Dict>(globals));
    // vtime.py runs the program six frames deep (its main, runpy's and exec's); the
    // depth of a RecursionError follows.
    UncountedFrames runner(runtime.options.virtual_time ? 6 : 0);
    Vm::run_frame(&frame);
    // A stop that a finalizer met (its errors are only printed) still ends the run so.
    runtime.clock->check_stop();
  } catch (const RunAborted& stop) {
    teardown.stopped = true;
    runtime.write_stderr(stop.message + "\n");
    return stop.exit_code;
  } catch (PyThrow& t) {
    if (isinstance(t.exc, types().SystemExit)) {
      Value code_v = as<Tuple>(as<ExceptionObj>(t.exc)->args)->items.empty()
                         ? Value()
                         : as<Tuple>(as<ExceptionObj>(t.exc)->args)->items[0];
      if (code_v.is_none()) return 0;
      if (code_v.is_int()) return static_cast<int>(code_v.as_int());
      runtime.write_stderr(str(code_v) + "\n");
      return 1;
    }
    uncaught = t.exc;
  }
  if (uncaught.is_none()) return 0;
  // Unwinding a deep recursion is long: the page draws before the traceback is built.
  runtime.give_host_turn_if_due();
  // The innermost line of the program itself, for the playground's editor.
  auto& tb = as<ExceptionObj>(uncaught)->traceback;
  for (auto it = tb.rbegin(); it != tb.rend(); ++it) {
    if (it->file != filename) continue;
    runtime.error_location = {it->line, 0, 0, false};
    break;
  }
  runtime.write_stderr(format_traceback(uncaught));
  // What the exception kept alive dies now, before the module's globals: as with
  // CPython's sys.last_traceback, deleted at finalization, the warnings it causes
  // come without the tracemalloc hint.
  runtime.bare_warnings = true;
  uncaught = Value();
  runtime.bare_warnings = false;
  return 1;
}

}  // namespace

}  // namespace loopscope::lang
