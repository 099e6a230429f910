// asyncio's async generator hooks (CPython's loop._asyncgen_firstiter_hook and
// _asyncgen_finalizer_hook, and shutdown_asyncgens' list): an async generator first
// iterated while a loop runs is closed by that loop. Dropped unfinished (a `break`
// out of `async for`), its aclose() runs as a task soon after, not at once; still
// alive when asyncio.run ends, shutdown_asyncgens closes it. The registering is in
// new_step (generator_methods.cpp), the list in Runtime::async_generators.
#include <algorithm>

#include "lang/asyncio_native.h"
#include "lang/code.h"
#include "lang/interp_state.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"

namespace loopscope::lang {

bool schedule_async_generator_close(Generator* g) {
  auto it = rt().async_generators.find(g);
  if (it == rt().async_generators.end()) return false;
  EventLoop* loop = it->second.loop;
  rt().async_generators.erase(it);
  if (!g->needs_finalizer()) return false;
  // The loop may be gone (its run over) or closed: CPython's hook then does nothing
  // either; the generator is dropped as any other.
  bool alive = std::any_of(rt().loops.begin(), rt().loops.end(), [&](auto& l) { return l.get() == loop; });
  if (!alive || loop->is_closed()) return false;
  // g is being destroyed: its frame moves to a new generator object, which the
  // aclose() step keeps alive (CPython resurrects the object itself).
  auto* heir = new Generator(g->type(), g->kind, g->frame);
  heir->frame->gen = heir;
  g->frame = nullptr;
  heir->started = g->started;
  heir->awaited = g->awaited;
  heir->hooks_inited = true;
  heir->name = g->name;
  heir->qualname = g->qualname;
  heir->code = g->code;
  if (heir->code) heir->code->retain();
  Value aclose = async_gen_aclose(Value::object(heir));
  // loop.call_soon_threadsafe(loop.create_task, agen.aclose())
  loop->call_soon([loop, aclose] { create_task_value_on(*loop, aclose); });
  return true;
}

bool has_async_generators(EventLoop& loop) {
  auto& gens = rt().async_generators;
  return std::any_of(gens.begin(), gens.end(), [&](auto& entry) { return entry.second.loop == &loop; });
}

std::vector<Value> take_async_generators(EventLoop& loop) {
  std::vector<std::pair<uint64_t, Value>> found;
  auto& gens = rt().async_generators;
  for (auto it = gens.begin(); it != gens.end();) {
    if (it->second.loop == &loop) {
      found.emplace_back(it->second.order, Value::object(const_cast<Generator*>(it->first)));
      it = gens.erase(it);
    } else {
      ++it;
    }
  }
  std::sort(found.begin(), found.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<Value> alive;
  for (auto& [order, gen] : found) alive.push_back(std::move(gen));
  return alive;
}

}  // namespace loopscope::lang
