// The deadlock explanation (see deadlock_report.h).
#include "loop/deadlock_report.h"

#include "loop/primitive_wait.h"
#include "loop/task.h"

namespace loopscope {

std::vector<TaskWait> pending_waits(const EventLoop& loop) {
  std::vector<Ref<TaskBase>> tasks = loop.all_tasks();
  std::vector<TaskWait> out;
  out.reserve(tasks.size());
  for (const Ref<TaskBase>& t : tasks) {
    TaskWait w;
    w.task = t->name();
    w.line = t->current_line();
    if (t->sleeping()) {
      w.wait = WaitKind::Sleep;
    } else if (const PrimitiveWait* p = t->primitive_wait()) {
      w.wait = p->kind();
    } else if (const FutureBase* f = t->waiting_on()) {
      w.wait = f->wait_kind();
      if (w.wait == WaitKind::Task)
        for (const Ref<TaskBase>& other : tasks)
          if (other->id() == f->wait_object()) w.awaited_task = other->name();
    }
    out.push_back(std::move(w));
  }
  return out;
}

std::string describe_wait(const TaskWait& w) {
  std::string out = w.task;
  if (w.wait == WaitKind::None) {
    out += " waits";
  } else {
    out += " waits on ";
    out += wait_kind_name(w.wait);
    if (w.wait == WaitKind::Task && !w.awaited_task.empty()) {
      out += ' ';
      out += w.awaited_task;
    }
  }
  if (w.line > 0) out += " (line " + std::to_string(w.line) + ")";
  return out;
}

std::string deadlock_report(const EventLoop& loop) {
  std::vector<TaskWait> waits = pending_waits(loop);
  if (waits.empty()) return {};
  std::string out = "deadlock: every task waits, and nothing is left that could wake one:\n";
  for (const TaskWait& w : waits) out += "  " + describe_wait(w) + "\n";
  return out;
}

}  // namespace loopscope
