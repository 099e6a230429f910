// asyncio.gather's _GatheringFuture and _done_callback, as in tasks.py of CPython 3.11.
#include "loop/gather.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <vector>

namespace loopscope {

namespace {
// The children seen so far, for counting a child passed twice once: open addressing
// over one array of at least twice as many slots as children (a gather of 100k
// tasks makes one allocation here, not a hash node per child).
class SeenFutures {
 public:
  explicit SeenFutures(size_t n)
      : slots_(std::bit_ceil(2 * n + 1), nullptr), shift_(64 - std::countr_zero(slots_.size())) {}
  // True if `f` was not seen before.
  bool insert(const FutureBase* f) {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash(f); ; i = (i + 1) & mask) {
      if (slots_[i] == f) return false;
      if (!slots_[i]) {
        slots_[i] = f;
        return true;
      }
    }
  }

 private:
  // Fibonacci hashing: the top bits of the address times 2^64 / phi (the low bits of
  // the product repeat with the allocation stride).
  size_t hash(const FutureBase* f) const {
    return size_t((uint64_t(reinterpret_cast<uintptr_t>(f)) * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  std::vector<const FutureBase*> slots_;
  int shift_;
};
}  // namespace

GatheringFuture::GatheringFuture(EventLoop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions)
    : FutureState<void>(loop), children_(std::move(children)), return_exceptions_(return_exceptions) {
  set_wait(WaitKind::Gather);
}

Ref<GatheringFuture> GatheringFuture::start(EventLoop& loop, std::vector<Ref<FutureBase>> children,
                                            bool return_exceptions) {
  auto outer = make_ref<GatheringFuture>(loop, std::move(children), return_exceptions);
  if (outer->children_.empty()) {
    outer->set_result();
    return outer;
  }
  // A future passed twice gets one callback (as CPython's arg_to_fut). Usually no
  // child is: a sorted copy of the list shows that (sorting is sequential work, where
  // a set of 100k children misses the cache on every insert), and only then is a set
  // of the children seen so far kept.
  const auto& kids = outer->children_;
  std::vector<const FutureBase*> sorted;
  sorted.reserve(kids.size());
  for (const auto& child : kids) sorted.push_back(child.get());
  std::sort(sorted.begin(), sorted.end());
  bool repeats = std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
  sorted = {};
  std::optional<SeenFutures> seen;
  if (repeats) seen.emplace(kids.size());
  for (const auto& child : kids) {
    if (seen && !seen->insert(child.get())) continue;
    ++outer->distinct_;
    // The callback keeps the outer future alive until every child is done.
    child->add_done_callback([outer](FutureBase& f) { outer->child_done(f); });
  }
  return outer;
}

bool GatheringFuture::cancel(std::string msg) {
  if (done()) return false;
  bool any = false;
  for (const auto& child : children_)
    if (child->cancel(msg)) any = true;
  if (any) cancel_requested_ = true;  // the result becomes a CancelledError
  return any;
}

void GatheringFuture::child_done(FutureBase& child) {
  ++finished_;
  if (done()) {
    if (!child.cancelled()) child.exception();  // mark it retrieved
    return;
  }
  if (!return_exceptions_) {
    if (child.cancelled()) {
      set_exception(child.error_for_waiter());
      return;
    }
    if (std::exception_ptr e = child.exception()) {
      set_exception(e);
      return;
    }
  }
  if (finished_ == distinct_) {
    if (cancel_requested_) {
      // exc = fut._make_cancelled_error() of the last child to finish
      set_exception(child.cancelled() ? child.error_for_waiter()
                                      : std::make_exception_ptr(CancelledError("")));
      return;
    }
    for (const auto& c : children_)
      if (!c->cancelled()) c->exception();  // results are read by the caller; mark retrieved
    set_result();
  }
}

}  // namespace loopscope
