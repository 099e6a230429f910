// Handle: running a scheduled callback and cancelling it.
#include "loop/handle.h"

#include "loop/errors.h"
#include "loop/event_loop.h"

namespace loopscope {

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  drop_callback();  // release what the callback captured, as CPython does
}

void Handle::run() {
  try {
    invoke();
  } catch (const Interrupted&) {
    throw;  // like KeyboardInterrupt: stops the loop
  } catch (const LoopAbort&) {
    throw;  // the run is over
  } catch (...) {
    loop_->call_exception_handler(
        {"Exception in callback", std::current_exception(), "handle #" + std::to_string(id_)});
  }
}

void TimerHandle::cancel() {
  if (cancelled_) return;
  loop_->timer_cancelled(this);
  Handle::cancel();
}

}  // namespace loopscope
