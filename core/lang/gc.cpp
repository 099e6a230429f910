// The cycle collector (gc.h): generations as doubly linked lists of containers, the
// examination of CPython's gcmodule.c (update_refs, subtract_refs, move_unreachable),
// finalizers before clearing (PEP 442, simplified: a collection that ran one examines
// its objects again at the next check instead of in place).
#include "lang/gc.h"

#include <cstdint>
#include <new>
#include <vector>

#include "lang/objects.h"
#include "lang/vm.h"

namespace loopscope::lang {
namespace {

thread_local Collector* t_current = nullptr;

// While a collection examines its objects (no code runs then, nothing is freed), an
// object's gc_next holds this marker and its gc_prev its index in the examination.
GcLinks* const kExamined = reinterpret_cast<GcLinks*>(uintptr_t{1});

void list_init(GcLinks& head) { head.gc_prev = head.gc_next = &head; }
bool list_empty(const GcLinks& head) { return head.gc_next == &head; }
void list_append(GcLinks& head, GcLinks* n) {
  n->gc_prev = head.gc_prev;
  n->gc_next = &head;
  head.gc_prev->gc_next = n;
  head.gc_prev = n;
}
void list_unlink(GcLinks* n) {
  n->gc_prev->gc_next = n->gc_next;
  n->gc_next->gc_prev = n->gc_prev;
  n->gc_prev = n->gc_next = nullptr;
}
// Moves every node of `from` to the end of `to`.
void list_merge(GcLinks& from, GcLinks& to) {
  if (list_empty(from)) return;
  from.gc_next->gc_prev = to.gc_prev;
  to.gc_prev->gc_next = from.gc_next;
  from.gc_prev->gc_next = &to;
  to.gc_prev = from.gc_prev;
  list_init(from);
}
int64_t list_size(const GcLinks& head) {
  int64_t n = 0;
  for (const GcLinks* p = head.gc_next; p != &head; p = p->gc_next) ++n;
  return n;
}
Container* container_of(GcLinks* n) { return static_cast<Container*>(n); }

struct Examination {
  std::vector<Container*> objects;
  std::vector<int64_t> gc_refs;       // refcount minus references from examined objects
  std::vector<char> reachable;
  std::vector<size_t> to_scan;
};

// The index of `o` in the examination, or -1 when it is not examined.
int64_t examined_index(Object* o) {
  if (!o->is_container()) return -1;
  auto* c = static_cast<Container*>(o);
  if (c->gc_next != kExamined) return -1;
  return static_cast<int64_t>(reinterpret_cast<uintptr_t>(c->gc_prev));
}

void subtract_ref(Object* o, void* ctx) {
  int64_t i = examined_index(o);
  if (i >= 0) --static_cast<Examination*>(ctx)->gc_refs[static_cast<size_t>(i)];
}

void mark_reachable(Object* o, void* ctx) {
  int64_t i = examined_index(o);
  if (i < 0) return;
  auto* ex = static_cast<Examination*>(ctx);
  if (ex->reachable[static_cast<size_t>(i)]) return;
  ex->reachable[static_cast<size_t>(i)] = 1;
  ex->to_scan.push_back(static_cast<size_t>(i));
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
  stress_ = stress;
  t_current = this;
}

Collector::~Collector() {
  for (GcLinks& g : gen_)
    while (!list_empty(g)) list_unlink(g.gc_next);
  t_current = previous_;
}

Collector* Collector::current() { return t_current; }

void Collector::track(Container* c) {
  list_append(gen_[0], c);
  note_allocation();
}

void Collector::note_allocation() {
  if (++count[0] > threshold_of(0) && enabled && !due_) {
    due_ = true;
    *budget_ = 0;  // the next interrupt check runs the collection
  }
}

void Collector::untrack(Container* c) {
  if (!c->gc_next) return;
  list_unlink(c);
  if (Collector* gc = t_current; gc && gc->count[0] > 0) --gc->count[0];
}

bool Collector::can_collect() const { return !collecting_ && !RefCounted::destroying(); }

void Collector::collect_due() {
  if (!can_collect()) return;  // due_ stays: the next check tries again
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
  if (collecting_) return 0;
  collecting_ = true;
  due_ = false;
  ++collections;
  if (gen + 1 < kGenerations) ++count[gen + 1];
  for (int g = 0; g <= gen; ++g) count[g] = 0;
  GcLinks young;
  list_init(young);
  for (int g = 0; g <= gen; ++g) list_merge(gen_[g], young);
  GcLinks& older = gen_[gen + 1 < kGenerations ? gen + 1 : gen];

  // All the memory first: past the heap cap the collection is skipped, not half done.
  Examination ex;
  const size_t n = static_cast<size_t>(list_size(young));
  try {
    ex.objects.reserve(n);
    ex.gc_refs.reserve(n);
    ex.reachable.assign(n, 0);
    ex.to_scan.reserve(n);
  } catch (const std::bad_alloc&) {
    list_merge(young, gen_[gen]);
    collecting_ = false;
    return 0;
  }
  // gc_refs: each object's count minus the references the examined objects hold.
  for (GcLinks* p = young.gc_next; p != &young; p = p->gc_next) {
    ex.objects.push_back(container_of(p));
    ex.gc_refs.push_back(container_of(p)->ref_count());
  }
  for (size_t i = 0; i < n; ++i) {
    ex.objects[i]->gc_prev = reinterpret_cast<GcLinks*>(uintptr_t{i});
    ex.objects[i]->gc_next = kExamined;
  }
  for (Container* c : ex.objects) c->traverse(subtract_ref, &ex);
  // Reachable: what something outside holds (gc_refs > 0) and what that reaches.
  for (size_t i = 0; i < n; ++i)
    if (ex.gc_refs[i] > 0) {
      ex.reachable[i] = 1;
      ex.to_scan.push_back(i);
    }
  while (!ex.to_scan.empty()) {
    size_t i = ex.to_scan.back();
    ex.to_scan.pop_back();
    ex.objects[i]->traverse(mark_reachable, &ex);
  }
  GcLinks unreachable;
  list_init(unreachable);
  int64_t survivors = 0, found = 0;
  for (size_t i = 0; i < n; ++i) {
    if (ex.reachable[i]) {
      list_append(older, ex.objects[i]);
      ++survivors;
    } else {
      list_append(unreachable, ex.objects[i]);
      ++found;
    }
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
    *budget_ = 0;
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
      Vm::close(g);  // its finally blocks; an error in them is dropped, as the destructor's
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
    c->clear_refs();
    if (list.gc_next == n) {  // still here: something the clearing did not drop holds it
      list_unlink(n);
      list_append(rest, n);
    }
    c->release();
  }
}

void Collector::collect_at_exit() {
  // A collection that ran finalizers frees their objects only in the next one.
  for (int round = 0; round < 4 && collect(kGenerations - 1) > 0; ++round) {
  }
}

void Collector::clear_everything() {
  collect_at_exit();
  GcLinks all, rest;
  list_init(all);
  list_init(rest);
  for (GcLinks& g : gen_) list_merge(g, all);
  collecting_ = true;
  finalize(all);
  delete_garbage(all, rest);
  // Held from outside the run's objects (nothing should be): no longer tracked.
  while (!list_empty(rest)) list_unlink(rest.gc_next);
  collecting_ = false;
}

}  // namespace loopscope::lang
