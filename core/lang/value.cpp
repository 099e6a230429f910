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

void Value::keep_counted() const {
  if (tag_ == Tag::Object) obj_->retain();
  else fut_->retain();
}

void Value::drop_counted() {
  Tag tag = tag_;
  tag_ = Tag::None;  // before release: a destructor may look at this slot again
  if (tag == Tag::Object) obj_->release();
  else fut_->release();
}

}  // namespace loopscope::lang
