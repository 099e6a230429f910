// The cycle collector (gc.h): generations as doubly linked lists of containers, the
// examination of CPython's gcmodule.c (update_refs, subtract_refs, move_unreachable),
// finalizers before clearing (PEP 442, simplified: a collection that ran one examines
// its objects again at the next check instead of in place).
#include "lang/gc.h"

#include <cstdint>
#include <new>
#include <vector>

#include "lang/interp_state.h"
#include "lang/objects.h"
#include "lang/vm.h"

namespace loopscope::lang {
namespace {

thread_local Collector* t_current = nullptr;

void list_init(GcLinks& head) {
  head.set_prev(&head);
  head.gc_next = &head;
}
bool list_empty(const GcLinks& head) { return head.gc_next == &head; }
void list_append(GcLinks& head, GcLinks* n) {
  n->gc_prev = head.gc_prev;
  n->gc_next = &head;
  head.prev()->gc_next = n;
  head.set_prev(n);
}
void list_unlink(GcLinks* n) {
  n->prev()->gc_next = n->gc_next;
  n->gc_next->gc_prev = n->gc_prev;
  n->gc_prev = 0;
  n->gc_next = nullptr;
}
// Moves every node of `from` to the end of `to`.
void list_merge(GcLinks& from, GcLinks& to) {
  if (list_empty(from)) return;
  from.gc_next->gc_prev = to.gc_prev;
  to.prev()->gc_next = from.gc_next;
  from.prev()->gc_next = &to;
  to.gc_prev = from.gc_prev;
  list_init(from);
}
Container* container_of(GcLinks* n) { return static_cast<Container*>(n); }

// While a collection examines its objects (no code runs then, nothing is freed), an
// object's gc_prev holds its gc_refs and three flags instead of a pointer (pointers
// are 8-aligned, so bit 0 tells them apart): bit 0 "examined", bit 1 "reachable", bit
// 2 "holds examined objects" (else marking need not traverse it again), the count
// from bit 3 up. gc_next still links the examined list (one way only).
constexpr uintptr_t kExaminedBit = 1, kReachableBit = 2, kHoldsExaminedBit = 4, kOneRef = 8;

// The marking stack's capacity kept between collections (a young collection's).
constexpr size_t kKeptStack = 16384;

uintptr_t& state_of(Container* c) { return c->gc_prev; }

// `o` as an examined container, or null.
Container* examined(Object* o) {
  if (!o->is_container()) return nullptr;
  auto* c = static_cast<Container*>(o);
  return state_of(c) & kExaminedBit ? c : nullptr;
}

// ctx: the state of the object whose references these are.
void subtract_ref(Object* o, void* ctx) {
  if (Container* c = examined(o)) {
    state_of(c) -= kOneRef;
    *static_cast<uintptr_t*>(ctx) |= kHoldsExaminedBit;
  }
}

void mark_reachable(Object* o, void* ctx) {
  Container* c = examined(o);
  if (!c || (state_of(c) & kReachableBit)) return;
  state_of(c) |= kReachableBit;
  static_cast<std::vector<Container*>*>(ctx)->push_back(c);  // capacity reserved: no allocation
}

Generator* as_generator(Container* c) {
  return c->type()->layout == Layout::Generator ? static_cast<Generator*>(static_cast<Object*>(c)) : nullptr;
}

}  // namespace

// --- Container ----------------------------------------------------------------------

Container::Container(Type* t) : Object(t) {
  is_container_ = true;
  if (Collector* gc = Collector::current()) gc->track(this);
}

Container::~Container() { Collector::untrack(this); }

void Container::traverse(VisitRef visit, void* ctx) {
  if (Type* t = counted_type()) visit(t, ctx);
}

// --- Collector ----------------------------------------------------------------------

Collector::Collector(int* budget, bool stress) : budget_(budget), previous_(t_current) {
  for (GcLinks& g : gen_) list_init(g);
  list_init(parked_);
  stress_ = stress;
  t_current = this;
}

Collector::~Collector() {
  for (GcLinks& g : gen_)
    while (!list_empty(g)) list_unlink(g.gc_next);
  while (!list_empty(parked_)) list_unlink(parked_.gc_next);
  detach();
}

void Collector::detach() {
  if (t_current == this) t_current = previous_;
  budget_ = nullptr;
}

Collector* Collector::current() { return t_current; }

void Collector::track(Container* c) {
  list_append(gen_[0], c);
  note_allocation();
}

void Collector::note_allocation() {
  // A first threshold of 0 turns automatic collection off, as in CPython.
  if (++count[0] > threshold_of(0) && threshold_of(0) > 0 && enabled && !due_ && budget_) {
    due_ = true;
    *budget_ = 0;  // the next interrupt check runs the collection
  }
}

void Collector::park(Container* c) {
  if (!c->gc_next || collecting_ || c->gc_parked_) return;
  list_unlink(c);
  list_append(parked_, c);
  c->gc_parked_ = true;
}

void Collector::untrack(Container* c) {
  if (!c->gc_next) return;
  list_unlink(c);
  if (Collector* gc = t_current; gc && gc->count[0] > 0) --gc->count[0];
}

void Collector::collect_due() {
  if (collecting_ || RefCounted::destroying()) return;  // due_ stays: the next check tries again
  due_ = false;
  if (!enabled) return;
  for (int g = kGenerations - 1; g >= 0; --g) {
    if (count[g] <= threshold_of(g)) continue;
    // A full collection only when it would examine a quarter more objects than the
    // last one kept (CPython's rule: collecting is linear in the heap, not quadratic).
    if (g == kGenerations - 1 && long_lived_pending_ < long_lived_total_ / 4) continue;
    collect(g);
    return;
  }
}

int64_t Collector::collect(int gen) {
  // gc.collect() from a finally block a destructor runs: half-destroyed objects may
  // still be linked, so no collection then.
  if (collecting_ || RefCounted::destroying()) return 0;
  collecting_ = true;
  due_ = false;
  ++collections;
  if (gen + 1 < kGenerations) ++count[gen + 1];
  for (int g = 0; g <= gen; ++g) count[g] = 0;
  GcLinks young;
  list_init(young);
  for (int g = 0; g <= gen; ++g) list_merge(gen_[g], young);
  GcLinks& older = gen_[gen + 1 < kGenerations ? gen + 1 : gen];

  // gc_refs: each object's count minus the references the examined objects hold.
  size_t n = 0;
  for (GcLinks* p = young.gc_next; p != &young; p = p->gc_next, ++n)
    state_of(container_of(p)) = uintptr_t{container_of(p)->ref_count()} * kOneRef | kExaminedBit;
  // The marking's stack (kept between collections) before anything else: past the heap
  // cap the collection is skipped, not half done.
  try {
    to_scan_.reserve(n);
  } catch (const std::bad_alloc&) {
    GcLinks* last = &young;  // the previous links again, in place of the counts
    for (; last->gc_next != &young; last = last->gc_next) last->gc_next->set_prev(last);
    young.set_prev(last);
    list_merge(young, gen_[gen]);
    collecting_ = false;
    return 0;
  }
  for (GcLinks* p = young.gc_next; p != &young; p = p->gc_next)
    container_of(p)->traverse(subtract_ref, &state_of(container_of(p)));
  // Reachable: what something outside holds (gc_refs > 0) and what that reaches.
  for (GcLinks* p = young.gc_next; p != &young; p = p->gc_next) {
    Container* c = container_of(p);
    if (state_of(c) < kOneRef || (state_of(c) & kReachableBit)) continue;
    state_of(c) |= kReachableBit;
    to_scan_.push_back(c);
    while (!to_scan_.empty()) {
      Container* next = to_scan_.back();
      to_scan_.pop_back();
      if (state_of(next) & kHoldsExaminedBit) next->traverse(mark_reachable, &to_scan_);
    }
  }
  // A big stack goes back (a full collection of a large heap): the program may need it.
  if (to_scan_.capacity() > kKeptStack) std::vector<Container*>().swap(to_scan_);
  GcLinks unreachable;
  list_init(unreachable);
  int64_t survivors = 0, found = 0;
  for (GcLinks* p = young.gc_next; p != &young;) {
    GcLinks* after = p->gc_next;
    if (state_of(container_of(p)) & kReachableBit) {
      list_append(older, p);
      ++survivors;
    } else {
      list_append(unreachable, p);
      ++found;
    }
    p = after;
  }
  if (gen == kGenerations - 1) {
    long_lived_pending_ = 0;
    long_lived_total_ = survivors;
  } else if (gen == kGenerations - 2) {
    long_lived_pending_ += survivors;
  }

  if (finalize(unreachable)) {
    // Finalizers ran Python code, which may have made some of these reachable again:
    // they are examined afresh by the next collection (the finalizers do not run twice).
    list_merge(unreachable, gen_[0]);
    due_ = true;
    if (budget_) *budget_ = 0;
  } else {
    delete_garbage(unreachable, older);
  }
  collecting_ = false;
  return found;
}

bool Collector::finalize(GcLinks& list) {
  GcLinks done;
  list_init(done);
  bool any = false;
  while (!list_empty(list)) {
    GcLinks* n = list.gc_next;
    list_unlink(n);
    list_append(done, n);
    Generator* g = as_generator(container_of(n));
    if (!g || !g->needs_finalizer()) continue;
    any = true;
    g->finalized = true;
    Value keep = Value::object(g);
    try {
      close_reporting_errors(g);  // its finally blocks
    } catch (...) {
    }
  }
  list_merge(done, list);
  return any;
}

void Collector::delete_garbage(GcLinks& list, GcLinks& rest) {
  while (!list_empty(list)) {
    GcLinks* n = list.gc_next;
    Container* c = container_of(n);
    c->retain();
    try {
      c->clear_refs();
    } catch (...) {  // out of memory (a set's empty table): it stays, uncleared
    }
    if (list.gc_next == n) {  // still here: something the clearing did not drop holds it
      list_unlink(n);
      list_append(rest, n);
    }
    c->release();
  }
}

void Collector::collect_at_exit() {
  // A collection that ran finalizers frees their objects only in the next one.
  for (int round = 0; round < 4; ++round) {
    collect(kGenerations - 1);
    if (!due_) break;  // no finalizer ran
  }
  due_ = false;
}

// No collection first: at this point everything is garbage. No finalizer runs either:
// the program's were run by collect_at_exit, and Python code here would meet cleared
// objects and freed loops; a generator still alive is dropped without its finally.
void Collector::clear_everything() {
  GcLinks all, rest;
  list_init(all);
  list_init(rest);
  for (GcLinks& g : gen_) list_merge(g, all);
  list_merge(parked_, all);
  collecting_ = true;
  for (GcLinks* n = all.gc_next; n != &all; n = n->gc_next)
    if (Generator* g = as_generator(container_of(n))) g->finalized = true;  // ~Generator skips close()
  delete_garbage(all, rest);
  // Held from outside the run's objects (nothing should be): no longer tracked.
  while (!list_empty(rest)) list_unlink(rest.gc_next);
  collecting_ = false;
}

}  // namespace loopscope::lang
