// Handle: running a scheduled callback and cancelling it.
#include "loop/handle.h"

#include "loop/errors.h"
#include "loop/event_loop.h"

namespace loopscope {

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  // Counted before the callback goes: a sleep's timer reaches its loop through it.
  if (scheduled_) loop().timer_cancelled();
  drop_callback();  // release what the callback captured, as CPython does
}

void Handle::run(EventLoop& loop) {
  struct Running {
    Handle* outer;
    explicit Running(Handle* h) : outer(running_) { running_ = h; }
    ~Running() { running_ = outer; }
  } running{this};
  try {
    invoke();
  } catch (...) {
    report_callback_error(loop, id_);
  }
}

void report_callback_error(EventLoop& loop, uint32_t id) {
  try {
    throw;
  } catch (const Interrupted&) {
    throw;  // like KeyboardInterrupt: stops the loop
  } catch (const LoopAbort&) {
    throw;  // the run is over
  } catch (...) {
    loop.call_exception_handler({"Exception in callback", std::current_exception(), "handle #" + std::to_string(id)});
  }
}

}  // namespace loopscope
