// Whole-program runs and CPython-style error reports.
#include "lang/program.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "lang/compiler.h"
#include "lang/parser.h"
#include "lang/repr.h"
#include "lang/suggestions.h"
#include "lang/vm.h"

namespace loopscope::lang {

static std::string source_line(int line) {
  auto& lines = rt().source_lines;
  if (line < 1 || static_cast<size_t>(line) > lines.size()) return {};
  std::string s = lines[static_cast<size_t>(line - 1)];
  size_t b = s.find_first_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b);
}

static std::string one_exception(const Value& exc) {
  auto* e = as<ExceptionObj>(exc);
  std::string out;
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
      out += "  File \"" + it->file + "\", line " + std::to_string(it->line) + ", in " + it->function + "\n";
      std::string src = source_line(it->line);
      if (!src.empty() && it->file == rt().filename) out += "    " + src + "\n";
    }
  }
  Type* t = type_of(exc);
  std::string name = t->module == "builtins" || t->module == "__main__" ? t->name : t->module + "." + t->name;
  std::string msg = exception_str(exc);
  if (std::string s = suggestion_for(exc); !s.empty()) msg += ". Did you mean: '" + s + "'?";
  out += msg.empty() ? name + "\n" : name + ": " + msg + "\n";
  return out;
}

// CPython's chained report: causes and contexts first, each once (a cycle of
// contexts is cut, as traceback.TracebackException does).
static std::string format_chain(const Value& exc, std::vector<const Object*>& seen) {
  auto* e = as<ExceptionObj>(exc);
  seen.push_back(exc.as_object());
  auto fresh = [&](const Value& v) {
    return v.is_object() && type_of(v)->is_base_exception &&
           std::find(seen.begin(), seen.end(), v.as_object()) == seen.end();
  };
  std::string prefix;
  if (fresh(e->cause)) {
    prefix = format_chain(e->cause, seen) + "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->cause.is_none() && fresh(e->context) && !e->suppress_context) {
    prefix = format_chain(e->context, seen) +
             "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  return prefix + one_exception(exc);
}

std::string format_traceback(const Value& exc) {
  std::vector<const Object*> seen;
  return format_chain(exc, seen);
}

int run_program(Runtime& runtime, const std::string& source, const std::string& filename) {
  runtime.filename = filename;
  std::istringstream in(source);
  for (std::string line; std::getline(in, line);) runtime.source_lines.push_back(line);
  ParseResult parsed = parse(source);
  if (parsed.error) {
    runtime.write_stderr(format_syntax_error(*parsed.error, filename));
    return 1;
  }
  CompileError cerr;
  Value code = compile_module(*parsed.module, filename, &cerr);
  if (code.is_none()) {
    SyntaxErrorInfo info;
    info.message = cerr.message;
    info.line = cerr.line;
    info.col = cerr.col;
    if (cerr.line >= 1 && static_cast<size_t>(cerr.line) <= runtime.source_lines.size())
      info.text = runtime.source_lines[static_cast<size_t>(cerr.line - 1)];
    runtime.write_stderr(format_syntax_error(info, filename));
    return 1;
  }
  Value globals = new_dict();
  // At the end the module's names are dropped, as CPython's teardown does, so that
  // what dies then (a coroutine never awaited) is reported after the output.
  struct Teardown {
    Value& globals;
    ~Teardown() { as<Dict>(globals)->clear(); }
  } teardown{globals};
  as<Dict>(globals)->set_str("__name__", new_str("__main__"));
  as<Dict>(globals)->set_str("__builtins__", runtime.builtins_value);
  try {
    Frame frame(as<Code>(code), nullptr, as<Dict>(globals));
    Vm::run_frame(&frame);
  } catch (const RunAborted& stop) {
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
    runtime.write_stderr(format_traceback(t.exc));
    return 1;
  }
  return 0;
}

}  // namespace loopscope::lang
