// traverse and clear_refs (object.h's Container) of the builtin object structs: what
// the cycle collector (gc.h) follows and what it drops to break a cycle. A Dict*
// field is followed but not dropped here: the dict is a container too and clears
// itself. A clear moves the references out first and drops them after, so that the
// destructors they start never see a half-cleared object.
#include <utility>
#include <vector>

#include "lang/objects.h"
#include "lang/vm.h"

namespace loopscope::lang {
namespace {

void visit_values(const std::vector<Value>& vs, VisitRef visit, void* ctx) {
  for (const Value& v : vs) visit_value(v, visit, ctx);
}
void visit_dict(Dict* d, VisitRef visit, void* ctx) {
  if (d) visit(d, ctx);
}

}  // namespace

void Type::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_dict(dict, visit, ctx);
  if (!is_builtin)
    for (Type* b : bases) visit(b, ctx);  // new_class's references
}

void List::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_values(items, visit, ctx);
  visit_value(attrs, visit, ctx);
}
void List::clear_refs() {
  std::vector<Value> old = std::move(items);
  items.clear();
  Value a = std::move(attrs);
}

void Tuple::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_values(items, visit, ctx);
}
void Tuple::clear_refs() {
  std::vector<Value> old = std::move(items);
  items.clear();
}

void Dict::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  for (const Entry& e : entries) {
    if (!e.used) continue;
    visit_value(e.key, visit, ctx);
    visit_value(e.value, visit, ctx);
  }
  visit_value(attrs, visit, ctx);
}
void Dict::clear_refs() {
  std::vector<Entry> old = std::move(entries);
  entries.clear();
  index.clear();
  count = 0;
  ++version;
  Value a = std::move(attrs);
}

void Set::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  for (const SetTable::Entry& e : table.entries)
    if (e.used) visit_value(e.key, visit, ctx);
}
void Set::clear_refs() {
  SetTable old = std::move(table);
  table = SetTable();
}

void Cell::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_value(value, visit, ctx);
}
void Cell::clear_refs() {
  Value v = std::move(value);
  empty = true;
}

void Function::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_dict(globals, visit, ctx);
  visit_values(defaults, visit, ctx);
  visit_dict(kwdefaults, visit, ctx);
  visit_values(closure, visit, ctx);
  visit_dict(dict, visit, ctx);
  visit_value(annotations, visit, ctx);
}
void Function::clear_refs() {
  std::vector<Value> d = std::move(defaults), c = std::move(closure);
  defaults.clear();
  closure.clear();
  Value a = std::move(annotations);
}

void NativeFunction::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_value(self, visit, ctx);
}
void NativeFunction::clear_refs() { Value s = std::move(self); }

void BoundMethod::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_value(self, visit, ctx);
  visit_value(func, visit, ctx);
}
void BoundMethod::clear_refs() {
  Value s = std::move(self), f = std::move(func);
}

void Instance::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_dict(dict, visit, ctx);
}
void Instance::clear_refs() {}  // its dict clears itself

void ExceptionObj::traverse(VisitRef visit, void* ctx) {
  Instance::traverse(visit, ctx);
  for (const Value* v : {&args, &cause, &context, &group_exceptions, &name_scope, &os_error_fields, &held_by_frame})
    visit_value(*v, visit, ctx);
}
void ExceptionObj::clear_refs() {
  Value a = std::move(args), c = std::move(cause), x = std::move(context), g = std::move(group_exceptions),
        n = std::move(name_scope), o = std::move(os_error_fields), h = std::move(held_by_frame);
}

void Module::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_dict(dict, visit, ctx);
}

void Property::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_value(fget, visit, ctx);
  visit_value(fset, visit, ctx);
  visit_value(fdel, visit, ctx);
}
void Property::clear_refs() {
  Value g = std::move(fget), s = std::move(fset), d = std::move(fdel);
}

void MethodWrapper::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_value(func, visit, ctx);
}
void MethodWrapper::clear_refs() { Value f = std::move(func); }

void SuperObj::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  visit_value(cls, visit, ctx);
  visit_value(obj, visit, ctx);
}
void SuperObj::clear_refs() {
  Value c = std::move(cls), o = std::move(obj);
}

// A suspended frame's references; a running one's live in the dispatch loop's
// registers (its stack pointer is stale), so it is not followed: what it holds
// counts as held from outside.
void Generator::traverse(VisitRef visit, void* ctx) {
  Container::traverse(visit, ctx);
  if (!frame || running) return;
  if (frame->func) visit(frame->func, ctx);
  visit_dict(frame->globals, visit, ctx);
  visit_dict(frame->locals, visit, ctx);
  for (const Value* v = frame->fast; v < frame->sp; ++v) visit_value(*v, visit, ctx);
  visit_values(frame->handled, visit, ctx);
}
// Only a frame that will not run again (not started, or finalized) is cleared: a
// started one's finally blocks still need its variables (gc.h runs them first).
void Generator::clear_refs() {
  if (!frame || running || (started && !finalized)) return;
  for (Value* v = frame->fast; v < frame->sp; ++v) *v = Value();  // no allocation: a clear cannot fail
  std::vector<Value> handled = std::move(frame->handled);
  frame->handled.clear();
}

// What its `next` captures is opaque (not followed); dropping it breaks the cycle.
void NativeIterator::clear_refs() {
  Next old = std::move(next);
  next = [](Value*) { return false; };
  items = nullptr;
  is_range = false;
}

}  // namespace loopscope::lang
