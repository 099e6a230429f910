// asyncio's debug mode: the report of a slow callback or task step (asyncio_debug.h).
#include "lang/modules/asyncio_debug.h"

#include <cstdio>
#include <string>

#include "lang/asyncio_native.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"
#include "loop/handle.h"

namespace loopscope::lang {

// Debug mode remembers where the program scheduled a callback (CPython's handle
// source traceback; its repr says "created at x.py:12"): the running frame's line
// when that frame is the program's, else 0.
int scheduling_line(EventLoop& loop) {
  if (!loop.debug()) return 0;
  Frame* f = Vm::current_frame();
  return f && f->code->filename == rt().filename ? f->line() : 0;
}

// Debug mode's report of a slow callback, as BaseEventLoop._run_once logs it (logger
// "asyncio", WARNING, the task's repr for a task's step): through logging when the
// program uses it, else on stderr as logging's last-resort handler prints it.
void report_slow_callback(EventLoop&, const SlowCallback& slow) {
  std::string what;
  if (slow.task) {
    what = future_repr(slow.task);
  } else if (const PyCallback* cb = slow.handle ? callback_of<PyCallback>(slow.handle) : nullptr) {
    auto* timer = dynamic_cast<TimerHandle*>(slow.handle);
    what = timer ? "<TimerHandle when=" + repr(Value::floating(timer->when())) + " " : "<Handle ";
    what += callback_text(cb->fn, cb->args);
    if (cb->created_line) what += " created at " + rt().filename + ":" + std::to_string(cb->created_line);
    what += ">";
  } else {
    what = "<Handle>";
  }
  auto& mods = rt().modules;
  auto asyncio = mods.find("asyncio");
  if (mods.count("logging") && asyncio != mods.end()) {
    call(get_attr(asyncio->second, intern_str("_log_slow_callback")), {new_str(what), Value::floating(slow.seconds)});
    return;
  }
  char took[64];
  std::snprintf(took, sizeof took, " took %.3f seconds\n", slow.seconds);
  rt().write_stderr("Executing " + what + took);
}

}  // namespace loopscope::lang
