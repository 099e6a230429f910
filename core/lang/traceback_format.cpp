// The algorithm of traceback.TracebackException.format (3.11): each exception of
// the chain is emitted with the margin of the exception-group depth it sits at.
#include "lang/traceback_format.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/suggestions.h"
#include "lang/syntax_error.h"
#include "lang/traceback_carets.h"

namespace loopscope::lang {

namespace {

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

struct PrintContext {
  int depth = 0;  // exception-group nesting
  bool need_close = false;
  std::string indent() const { return std::string(static_cast<size_t>(2 * depth), ' '); }
};

// Appends `text` with every line prefixed by the context's margin.
void emit(std::string& out, const PrintContext& ctx, const std::string& text, char margin = '|') {
  std::string prefix = ctx.indent();
  if (ctx.depth) prefix += std::string(1, margin) + " ";
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    out += prefix;
    out.append(text, start, end - start);
    start = end;
  }
}

}  // namespace

std::string program_source_line(const std::string& file, int line) {
  auto& lines = rt().source_lines;
  if (file != rt().filename || line < 1 || static_cast<size_t>(line) > lines.size()) return {};
  const std::string& s = lines[static_cast<size_t>(line - 1)];
  size_t b = s.find_first_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b);
}

namespace {

std::string stack_text(const ExceptionObj* e) {
  std::string out;
  for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
    out += "  File \"" + it->file + "\", line " + std::to_string(it->line) + ", in " + it->function + "\n";
    if (std::string src = program_source_line(it->file, it->line); !src.empty()) {
      out += "    " + src + "\n";
      out += caret_line(rt().source_lines[static_cast<size_t>(it->line - 1)], it->line, it->col, it->end_line,
                        it->end_col);
    }
  }
  return out;
}

std::string exception_only(const Value& exc) {
  Type* t = type_of(exc);
  std::string display;
  if (t->is_subtype(types().SyntaxError) && syntax_error_display(exc, &display)) return display;
  std::string name = t->module == "builtins" || t->module == "__main__" ? t->name : t->module + "." + t->name;
  std::string msg;
  try {
    msg = str(exc);  // a user class's __str__ included
  } catch (PyThrow&) {
    msg = "<exception str() failed>";
  }
  if (std::string s = suggestion_for(exc); !s.empty()) msg += ". Did you mean: '" + s + "'?";
  return msg.empty() ? name + "\n" : name + ": " + msg + "\n";
}

bool is_exception(const Value& v) { return v.is_object() && type_of(v)->is_base_exception; }

void format(std::string& out, const Value& top, PrintContext& ctx, std::vector<const Object*>& seen) {
  // The chain from `top` inwards; each entry holds the message that links it to the
  // one before it (printed after it). Each exception appears once (cycles are cut).
  std::vector<std::pair<const char*, Value>> chain;
  const char* msg = nullptr;
  for (Value exc = top; is_exception(exc);) {
    chain.emplace_back(msg, exc);
    seen.push_back(exc.as_object());
    auto* e = as<ExceptionObj>(exc);
    auto fresh = [&](const Value& v) {
      return is_exception(v) && std::find(seen.begin(), seen.end(), v.as_object()) == seen.end();
    };
    if (fresh(e->cause)) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      exc = e->cause;
    } else if (e->cause.is_none() && !e->suppress_context && fresh(e->context)) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      exc = e->context;
    } else {
      break;
    }
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Value& exc = it->second;
    auto* e = as<ExceptionObj>(exc);
    bool group = type_of(exc)->is_subtype(types().BaseExceptionGroup) && e->group_exceptions.is_object();
    if (!group) {
      if (!e->traceback.empty()) {
        emit(out, ctx, "Traceback (most recent call last):\n");
        emit(out, ctx, stack_text(e));
      }
      emit(out, ctx, exception_only(exc));
    } else if (ctx.depth > kMaxGroupDepth) {
      emit(out, ctx, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool toplevel = ctx.depth == 0;
      if (toplevel) ++ctx.depth;
      if (!e->traceback.empty()) {
        emit(out, ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        emit(out, ctx, stack_text(e));
      }
      emit(out, ctx, exception_only(exc));
      auto& members = as<Tuple>(e->group_exceptions)->items;
      int count = static_cast<int>(members.size());
      int n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
      ctx.need_close = false;
      for (int i = 0; i < n; ++i) {
        bool last = i == n - 1;
        if (last) ctx.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
        ++ctx.depth;
        if (!truncated) {
          format(out, members[static_cast<size_t>(i)], ctx, seen);
        } else {
          int remaining = count - kMaxGroupWidth;
          emit(out, ctx, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && ctx.need_close) {
          out += ctx.indent() + "+------------------------------------\n";
          ctx.need_close = false;
        }
        --ctx.depth;
      }
      if (toplevel) ctx.depth = 0;
    }
    if (it->first) emit(out, ctx, it->first);  // the link to the exception printed next
  }
}

}  // namespace

std::string format_traceback(const Value& exc) {
  std::string out;
  PrintContext ctx;
  std::vector<const Object*> seen;
  format(out, exc, ctx, seen);
  return out;
}

std::string format_traceback_unchained(const Value& exc) {
  if (!is_exception(exc)) return {};
  auto* e = as<ExceptionObj>(exc);
  std::string out;
  if (!e->traceback.empty()) out = "Traceback (most recent call last):\n" + stack_text(e);
  return out + exception_only(exc);
}

}  // namespace loopscope::lang
