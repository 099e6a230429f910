// Object: the header every heap value of the language shares: a reference count
// (core/loop's RefCounted, so the loop's rules apply) and its Python type. Types
// are immortal: owned by the VM's type registry, never counted.
#pragma once

#include "loop/ref.h"

namespace loopscope::lang {

class Type;

class Object : public RefCounted {
 public:
  explicit Object(Type* type) : type_(type) {}
  Type* type() const { return type_; }

 private:
  Type* type_;
};

}  // namespace loopscope::lang
