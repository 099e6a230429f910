// Value's reference counting: only Object and Future payloads are counted.
#include "lang/value.h"

#include "lang/object.h"

namespace loopscope::lang {

Value Value::object(Object* o) {
  Value v;
  v.tag_ = Tag::Object;
  v.obj_ = o;
  o->retain();
  return v;
}

void Value::keep() const {
  if (tag_ == Tag::Object) obj_->retain();
  else if (tag_ == Tag::Future) fut_->retain();
}

void Value::drop() {
  if (tag_ == Tag::Object) obj_->release();
  else if (tag_ == Tag::Future) fut_->release();
  tag_ = Tag::None;
}

}  // namespace loopscope::lang
