// Traceback objects (__traceback__, sys.exc_info()[2], the third argument of
// __exit__): a view of an exception's traceback entries as CPython's chain of tb
// objects, from the frame that caught it (the last entry of ExceptionObj::traceback)
// towards the one that raised it, with tb_lineno and tb_next. Frames are not
// first-class, so tb_frame is None.
#include "lang/interp_state.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {
namespace {

class TracebackObj : public NativeObject {
 public:
  TracebackObj(Type* t, Value exc, size_t index) : NativeObject(t), exc(std::move(exc)), index(index) {}
  void traverse(VisitRef visit, void* ctx) override {
    NativeObject::traverse(visit, ctx);
    visit_value(exc, visit, ctx);
  }
  // Not cleared: its methods read exc's entries unchecked, and the exception's own
  // clear breaks any cycle through it.
  Value exc;     // the exception whose entries these are
  size_t index;  // this tb's entry, counted from the outermost
};

TracebackObj& self_of(Args& a) {
  TracebackObj* tb = a.n && a[0].is_object() ? dynamic_cast<TracebackObj*>(a[0].as_object()) : nullptr;
  if (!tb) type_error("descriptor requires a 'traceback' object");
  return *tb;
}

Value tb_lineno(Args& a, void*) {
  TracebackObj& tb = self_of(a);
  const auto& entries = as<ExceptionObj>(tb.exc)->traceback;
  return Value::integer(entries[entries.size() - 1 - tb.index].line);
}

Value tb_next(Args& a, void*) {
  TracebackObj& tb = self_of(a);
  if (tb.index + 1 >= as<ExceptionObj>(tb.exc)->traceback.size()) return Value();
  return Value::object(new TracebackObj(tb.type(), tb.exc, tb.index + 1));
}

Value tb_frame(Args& a, void*) {
  self_of(a);
  return Value();
}

Type* traceback_type() {
  Types& T = types();
  if (T.traceback) return T.traceback;
  T.traceback = rt().make_type("traceback", Layout::Native, T.object, nullptr);
  struct Attribute {
    const char* name;
    NativeFn fn;
  };
  for (const Attribute& attr : {Attribute{"tb_lineno", tb_lineno}, {"tb_next", tb_next}, {"tb_frame", tb_frame}}) {
    const char* name = attr.name;
    NativeFn fn = attr.fn;
    auto* p = new Property(T.property);
    T.traceback->dict->set_str(name, Value::object(p));
    p->fget = make_native(name, fn);
  }
  return T.traceback;
}

}  // namespace

const TraceEntry* traceback_entry(const Value& tb) {
  auto* t = tb.is_object() ? dynamic_cast<TracebackObj*>(tb.as_object()) : nullptr;
  if (!t) return nullptr;
  const auto& entries = as<ExceptionObj>(t->exc)->traceback;
  return &entries[entries.size() - 1 - t->index];
}

Value traceback_value(const Value& exc) {
  if (!exc.is_object() || type_of(exc)->layout != Layout::Exception) return Value();
  if (as<ExceptionObj>(exc)->traceback.empty()) return Value();
  return Value::object(new TracebackObj(traceback_type(), exc, 0));
}

}  // namespace loopscope::lang
