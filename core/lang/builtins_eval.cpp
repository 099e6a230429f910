// compile(), exec() and eval(): Python source compiled while the program runs, run in
// the namespaces given or in the caller's (its globals, and its locals: the module's
// dict at module level, a snapshot of a function's variables inside one, as CPython).
// A syntax error is a SyntaxError the program can catch, shown as CPython shows it.
#include <algorithm>

#include "lang/compiler.h"
#include "lang/interp_state.h"
#include "lang/modules/module_util.h"
#include "lang/objects.h"
#include "lang/parser.h"
#include "lang/runtime_state.h"
#include "lang/syntax_error.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {

enum class Mode { Exec, Eval };

// Line `line` of text with its newline if it has one (SyntaxError.text).
std::string line_of(const std::string& text, int line) {
  size_t start = 0;
  for (int i = 1; i < line && start != std::string::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || start > text.size()) return {};
  size_t end = text.find('\n', start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start + 1);
}

Value compile_text(std::string text, const std::string& filename, Mode mode) {
  // eval() ignores leading spaces and tabs, as CPython.
  if (mode == Mode::Eval) text.erase(0, text.find_first_not_of(" \t"));
  ParseResult parsed = parse(text, mode == Mode::Eval);
  if (parsed.error) {
    parsed.error->text = line_of(text, parsed.error->line);
    raise_value(make_syntax_error(*parsed.error, filename));
  }
  CompileError error;
  Value code = compile_module(*parsed.module, filename, &error, mode == Mode::Eval ? CompileMode::Eval : CompileMode::Exec);
  if (code.is_none()) {
    raise_value(make_syntax_error(syntax_error_info(error, line_of(text, error.line)), filename));
  }
  return code;
}

// exec(source, globals=None, locals=None) and eval(...): the caller's namespaces when
// none are given; given globals without locals serve as both.
Value run_source(Args& a, const char* name, Mode mode) {
  NestingGuard call_check(kWhileCalling);
  check_args(name, a, 1, 3);
  Value code = a[0];
  if (is_str(code)) code = compile_text(str_of(code), "<string>", mode);
  else if (type_of(code) != types().code)
    type_error(std::string(name) + "() arg 1 must be a string, bytes or code object");
  Frame* caller = Vm::current_frame();
  bool given = a.n > 1 && !a[1].is_none();
  Value globals = given ? a[1] : Value::object(caller->globals);
  if (type_of(globals) != types().dict)
    type_error(std::string(name) + "() globals must be a dict, not " + type_name(globals));
  Value locals = a.n > 2 && !a[2].is_none() ? a[2] : given ? globals : frame_locals(caller);
  if (type_of(locals) != types().dict)
    type_error("locals must be a mapping (Loopscope: a dict), not " + type_name(locals));
  Dict* g = as<Dict>(globals);
  if (!g->get_str("__builtins__")) g->set_str("__builtins__", rt().builtins_value);
  Frame frame(as<Code>(code), nullptr, g);
  if (!locals.is(globals)) {
    frame.locals = as<Dict>(locals);
    frame.locals->retain();
  }
  Value result = Vm::run_frame(&frame);
  return mode == Mode::Eval ? result : Value();
}

Value b_exec(Args& a, void*) { return run_source(a, "exec", Mode::Exec); }
Value b_eval(Args& a, void*) { return run_source(a, "eval", Mode::Eval); }

// compile(source, filename, mode): a code object for exec() ('exec') or eval() ('eval').
Value b_compile(Args& a, void*) {
  auto p = bind_args(a, "compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3);
  if (!is_str(*p[0])) type_error("compile() arg 1 must be a string, bytes or AST object");
  if (!is_str(*p[1])) type_error("compile() argument 'filename' must be str, not " + type_name(*p[1]));
  if (!is_str(*p[2])) type_error("compile() argument 'mode' must be str, not " + type_name(*p[2]));
  const std::string& mode = str_of(*p[2]);
  if (mode != "exec" && mode != "eval" && mode != "single")
    value_error("compile() mode must be 'exec', 'eval' or 'single'");
  return compile_text(str_of(*p[0]), str_of(*p[1]), mode == "eval" ? Mode::Eval : Mode::Exec);
}

}  // namespace

void install_eval_builtins(Dict* builtins) {
  builtins->set(intern("exec"), make_native("exec", b_exec));
  builtins->set(intern("eval"), make_native("eval", b_eval));
  builtins->set(intern("compile"), make_native("compile", b_compile));
}

}  // namespace loopscope::lang
