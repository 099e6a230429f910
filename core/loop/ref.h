// Intrusive reference counting for loop objects (futures, tasks, handles). The loop is
// single-threaded, so counts are plain integers: a retain is one increment.
#pragma once

#include <cstdint>
#include <utility>

namespace loopscope {

class RefCounted {
 public:
  RefCounted() = default;
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;

  void retain() const noexcept { ++refs_; }
  void release() const noexcept {
    if (--refs_ == 0) destroy(this);
  }
  uint32_t ref_count() const noexcept { return refs_; }
  // True while a delete runs on this thread (code run by a destructor: the cycle
  // collector waits, as half-destroyed objects may still be linked in its lists).
  static bool destroying() noexcept;

 protected:
  virtual ~RefCounted() = default;

 private:
  // Deletes `p`. A destructor that releases the last reference to the next object
  // nests deletes (a chain of a million lists): past a fixed depth they are deferred
  // and done in a loop by the outermost one, so the C++ stack stays bounded (as
  // CPython's "trashcan"). In ref.cpp.
  static void destroy(const RefCounted* p) noexcept;

  mutable uint32_t refs_ = 0;
};

// A counted pointer to a RefCounted object; nullable, copyable, movable.
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  explicit Ref(T* p) : p_(p) {
    if (p_) p_->retain();
  }
  Ref(const Ref& o) : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) : Ref(static_cast<T*>(o.get())) {}
  ~Ref() {
    if (p_) p_->release();
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  // Takes over a reference the caller already owns (no retain).
  static Ref adopt(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }
  // Gives up ownership of one reference without releasing it.
  T* leak() noexcept { return std::exchange(p_, nullptr); }

  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  bool operator==(const Ref& o) const noexcept { return p_ == o.p_; }

 private:
  T* p_ = nullptr;
};

template <class T, class... Args>
Ref<T> make_ref(Args&&... args) {
  return Ref<T>(new T(std::forward<Args>(args)...));
}

}  // namespace loopscope
