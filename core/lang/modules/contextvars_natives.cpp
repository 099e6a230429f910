// _contextvars: the current context's variables for pylib/contextvars.py. The current
// context is Runtime::context_slot (the program's, a running task's, or the one
// Context.run entered): current() gives its dict (made on first use), peek() the
// dict or None, enter(d)/leave() run a Context's dict as the current one.
#include <memory>

#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

Value context_current(Args& a, void*) {
  check_args("current", a, 0, 0);
  Value& slot = *rt().context_slot;
  if (!slot.is_object()) slot = new_dict();
  return slot;
}

Value context_peek(Args& a, void*) {
  check_args("peek", a, 0, 0);
  return *rt().context_slot;
}

Value context_enter(Args& a, void*) {
  check_args("enter", a, 1, 1);
  if (type_of(a[0]) != types().dict) type_error("enter() argument must be a dict");
  auto& entered = rt().entered_contexts;
  entered.emplace_back(std::make_unique<Value>(a[0]), rt().context_slot);
  rt().context_slot = entered.back().first.get();
  return Value();
}

Value context_leave(Args& a, void*) {
  check_args("leave", a, 0, 0);
  auto& entered = rt().entered_contexts;
  if (entered.empty()) raise(types().RuntimeError, "leave(): no context entered");
  rt().context_slot = entered.back().second;
  entered.pop_back();
  return Value();
}

}  // namespace

void build_contextvars_natives(Module* m) {
  add_function(m, "current", context_current);
  add_function(m, "peek", context_peek);
  add_function(m, "enter", context_enter);
  add_function(m, "leave", context_leave);
}

}  // namespace loopscope::lang
