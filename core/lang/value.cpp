// Value's reference counting: only Object and Future payloads are counted.
#include "lang/value.h"

#include <vector>

#include "lang/object.h"
#include "lang/objects.h"
#include "loop/platform_sleep.h"

namespace loopscope::lang {

Value Value::object(Object* o) {
  Value v;
  v.tag_ = Tag::Object;
  v.obj_ = o;
  o->retain();
  return v;
}

void Value::keep_counted() const {
  if (tag_ == Tag::Object) obj_->retain();
  else fut_->retain();
}

// Releasing the last reference to a deeply nested structure (a list in a list in a
// list...) runs each level's destructor inside the one above: a million levels
// would overflow the C++ stack. Past kMaxNesting levels the last reference is
// parked instead and released once the outermost release has returned, so the
// stack stays bounded (CPython's "trashcan" does the same). One interpreter per
// thread, hence thread_local.
namespace {
constexpr int kMaxNesting = 200;
thread_local int nesting = 0;
thread_local std::vector<Object*> parked;  // each still holds its last reference

void release_last(Object* o) {
  ++nesting;
  o->release();
  --nesting;
}
}  // namespace

// A list of millions of items (a memory bomb's last one) takes long to free: its
// items go in pieces from the end (no program can see the order: there is no
// __del__), so that in the browser the page gets its turns in between (natively a no-op;
// not on the page's Asyncify engine, which never suspends while an object is destroyed:
// wasm/asyncify_libs).
List::~List() {
#ifndef LOOPSCOPE_ASYNCIFY_BARRIERS
  constexpr size_t kPiece = 4096;  // platform_maybe_yield reads the clock every 32nd call
  if (items.size() <= (size_t{1} << 16)) return;
  while (items.size() > kPiece) {
    items.resize(items.size() - kPiece);
    platform_maybe_yield();
  }
#endif
}

void Value::drop_counted() {
  Tag tag = tag_;
  tag_ = Tag::None;  // before release: a destructor may look at this slot again
  if (tag != Tag::Object) {
    fut_->release();
    return;
  }
  Object* o = obj_;
  if (o->ref_count() > 1) {
    o->release();
  } else if (nesting >= kMaxNesting) {
    parked.push_back(o);
  } else {
    release_last(o);
    if (nesting == 0) {
      // A structure nested 200000 deep parks 200000 objects: in the browser the page
      // gets turns while they go. Only long drains yield: only a running program's data
      // nests that deep; the compiler, which Asyncify does not instrument, holds
      // constants no deeper than the parser allows (100 levels in the browser).
      // Each parked object frees up to kMaxNesting levels before parking the next.
      [[maybe_unused]] constexpr size_t kShortDrain = 64;
      [[maybe_unused]] size_t drained = 0;
      while (!parked.empty()) {
        Object* next = parked.back();
        parked.pop_back();
        release_last(next);
#ifndef LOOPSCOPE_ASYNCIFY_BARRIERS  // freeing gives no turns there (wasm/asyncify_libs)
        if (++drained > kShortDrain) platform_maybe_yield();  // it reads the clock now and then
#endif
      }
    }
  }
}

}  // namespace loopscope::lang
