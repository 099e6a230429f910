// asyncio.Event, following locks.py of CPython 3.11.
#include "loop/sync_event.h"

namespace loopscope {

void Event::set() {
  if (value_) return;
  value_ = true;
  for (PrimitiveWait* fut : waiters_)
    if (!fut->done()) fut->set_result(bound_loop());
}

}  // namespace loopscope
