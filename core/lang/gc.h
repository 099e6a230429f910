// The cycle collector: CPython's algorithm over the Runtime's containers (object.h's
// Container). Reference counting frees everything but cycles; a collection finds the
// containers that only other containers of the examined generations reference
// (gc_refs = refcount minus those references: 0 means nothing outside holds it, and
// nothing outside reaches it through a holder) and clears them. References from C++
// (the VM's stacks and running frames, loop futures and callbacks, the Runtime's
// fields, opaque native state) are never traversed, so they count as outside roots.
//
// Collections run only at the VM's interrupt checks (back-edges and calls, through
// InterpState's budget), never inside an allocation, a destructor or another
// collection: C++ code between two checks may hold borrowed pointers.
//
// At the end of a run (collect_for_teardown, then clear_everything) whatever is
// still tracked is cleared, so that nothing a run made outlives it, cycles through
// opaque C++ state included.
#pragma once

#include <cstdint>
#include <vector>

#include "lang/object.h"

namespace loopscope::lang {

class Collector {
 public:
  static constexpr int kGenerations = 3;

  // Makes this the calling thread's collector (new containers are tracked by it);
  // `budget` is the interpreter's interrupt budget, zeroed when a collection is due.
  // `stress`: every threshold 1 (a collection at every check after an allocation).
  Collector(int* budget, bool stress);
  ~Collector();  // restores the previous collector; untracks what is still tracked
  Collector(const Collector&) = delete;
  Collector& operator=(const Collector&) = delete;

  // The calling thread's collector (null outside a Runtime).
  static Collector* current();
  // The end of the Runtime: new containers are no longer tracked here, and the
  // interpreter's budget (about to go) no longer touched.
  void detach();
  void track(Container* c);
  static void untrack(Container* c);
  // Takes `c` out of the generations for good: a Task's coroutine. The Task (a loop
  // object, never traversed) holds it, so a collection would always find it reachable
  // from outside, and what its frame holds too; once the task is done its frame is
  // gone. Examining it could never find garbage, only cost time (100k pending tasks).
  // The same holds for what a parked coroutine awaits (the VM parks it at the await):
  // it is held there until it is finished, then its frame is gone too. (Only a
  // delegate left suspended when its awaiter is dropped, and in a cycle, waits for the
  // end of the run.) Parked objects are still cleared at the end of the run.
  void park(Container* c);

  // At an interrupt check: runs the collection that is due, if any.
  void collect_if_due() {
    if (due_) collect_due();
  }
  // gc.collect(): generation `gen` and the younger ones; returns how many objects
  // were found unreachable (CPython's count of collected objects).
  int64_t collect(int gen);

  // The end of a run, before its modules are cleared: full collections until the
  // finalizers they run leave no more garbage (at most a few rounds).
  void collect_at_exit();
  // The very end, once the Runtime has dropped its own references: every container
  // still tracked is finalized and cleared.
  void clear_everything();

  bool enabled = true;
  int64_t threshold[kGenerations] = {700, 10, 10};
  int64_t count[kGenerations] = {};  // gen 0: allocations minus deallocations; others: collections of the younger one
  int64_t collections = 0;           // for tests: how many collections ran

 private:
  // gc.set_threshold's, or 1 in stress mode (which the program does not see; a 0, off,
  // stays off).
  int64_t threshold_of(int gen) const { return stress_ && threshold[gen] > 0 ? 1 : threshold[gen]; }
  void note_allocation();
  void collect_due();
  // Runs the finalizers (a suspended generator's close()) of the objects in `list`;
  // true when there was one.
  static bool finalize(GcLinks& list);
  // Clears each object of `list` until it is freed; survivors go to `rest`.
  static void delete_garbage(GcLinks& list, GcLinks& rest);

  GcLinks gen_[kGenerations];
  GcLinks parked_;
  std::vector<Container*> to_scan_;  // the marking's stack, kept for its capacity
  int64_t long_lived_total_ = 0;    // objects in the oldest generation after the last full collection
  int64_t long_lived_pending_ = 0;  // objects promoted into it since
  int* budget_;
  bool due_ = false;
  bool collecting_ = false;
  bool stress_;
  Collector* previous_;
};

}  // namespace loopscope::lang
