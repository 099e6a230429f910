// Builtin containers under the operators: indexing and slicing of str, list,
// tuple, bytes and range, dict subscripts, concatenation and repetition, set
// algebra, and the iterators over each.
#include <algorithm>
#include <memory>

#include "lang/ast.h"
#include "lang/interp_state.h"
#include "lang/numeric.h"
#include "lang/number_format.h"
#include "lang/runtime.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"

namespace loopscope::lang {

// Byte offset of code point `index` in a UTF-8 string.
size_t utf8_offset(const std::string& s, int64_t index) {
  size_t i = 0;
  for (int64_t n = 0; n < index && i < s.size(); ++n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return std::min(i, s.size());
}

std::vector<std::string> utf8_chars(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

// Python's slice.indices(length).
void slice_indices(const Slice& sl, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  for (const Value* v : {&sl.start, &sl.stop, &sl.step})
    if (!v->is_none() && !is_int_like(*v) && !type_of(*v)->lookup("__index__"))
      type_error("slice indices must be integers or None or have an __index__ method");
  *step = sl.step.is_none() ? 1 : index_of(sl.step);
  if (*step == 0) value_error("slice step cannot be zero");
  auto clamp = [&](const Value& v, int64_t dflt, bool is_start) {
    if (v.is_none()) return dflt;
    int64_t x = index_of(v);
    if (x < 0) {
      x += length;
      if (x < 0) x = *step < 0 ? -1 : 0;
    } else if (x >= length) {
      x = *step < 0 ? length - 1 : length;
    }
    (void)is_start;
    return x;
  };
  *start = clamp(sl.start, *step < 0 ? length - 1 : 0, true);
  *stop = clamp(sl.stop, *step < 0 ? -1 : length, false);
}

static std::vector<int64_t> slice_positions(const Slice& sl, int64_t length) {
  int64_t start, stop, step;
  slice_indices(sl, length, &start, &stop, &step);
  std::vector<int64_t> pos;
  if (step > 0)
    for (int64_t i = start; i < stop; i += step) pos.push_back(i);
  else
    for (int64_t i = start; i > stop; i += step) pos.push_back(i);
  return pos;
}

// `what` names the sequence in the messages ("list indices must be integers...", "list
// index out of range"); bytes say "byte indices ..." but only "index out of range".
static int64_t normalize_index(const Value& key, int64_t length, const char* what) {
  if (!is_int_like(key) && !(key.is_object() && !type_of(key)->is_builtin))
    type_error(std::string(what) + " indices must be integers or slices, not " + type_name(key));
  int64_t i = index_of(key);
  if (i < 0) i += length;
  if (i < 0 || i >= length)
    raise(types().IndexError, std::string(what) == "byte" ? "index out of range" : std::string(what) + " index out of range");
  return i;
}

static bool is_slice(const Value& v) { return v.is_object() && v.as_object()->type() == types().slice; }

bool dict_item(const Value& obj, const Value& key, Value* out) {
  Type* t = type_of(obj);
  if (const Value* v = as<Dict>(obj)->get(key)) {
    *out = *v;
    return true;
  }
  if (!t->is_builtin || t != types().dict) {
    // dict subclasses (defaultdict, Counter) answer through __missing__.
    if (const Value* m = t->lookup("__missing__")) {
      *out = call(*m, {obj, key});
      return true;
    }
  }
  return false;
}

bool builtin_get_item(const Value& obj, const Value& key, Value* out) {
  if (!obj.is_object()) return false;
  Object* o = obj.as_object();
  Type* t = o->type();
  switch (t->layout) {
    case Layout::List:
    case Layout::Tuple: {
      const auto& items = t->layout == Layout::List ? static_cast<List*>(o)->items : static_cast<Tuple*>(o)->items;
      const char* what = t->layout == Layout::List ? "list" : "tuple";
      if (is_slice(key)) {
        std::vector<Value> r;
        for (int64_t i : slice_positions(*as<Slice>(key), static_cast<int64_t>(items.size())))
          r.push_back(items[static_cast<size_t>(i)]);
        *out = t->layout == Layout::List ? new_list(std::move(r)) : new_tuple(std::move(r));
        return true;
      }
      if (key.is_int()) {
        int64_t i = key.as_int();
        int64_t n = static_cast<int64_t>(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(types().IndexError, std::string(what) + " index out of range");
        *out = items[static_cast<size_t>(i)];
        return true;
      }
      *out = items[static_cast<size_t>(normalize_index(key, static_cast<int64_t>(items.size()), what))];
      return true;
    }
    case Layout::Str: {
      auto* s = static_cast<Str*>(o);
      if (is_slice(key)) {
        std::string r;
        if (s->ascii()) {
          for (int64_t i : slice_positions(*as<Slice>(key), s->length)) r += s->s[static_cast<size_t>(i)];
        } else {
          auto chars = utf8_chars(s->s);
          for (int64_t i : slice_positions(*as<Slice>(key), s->length)) r += chars[static_cast<size_t>(i)];
        }
        *out = new_str(std::move(r));
        return true;
      }
      int64_t i = normalize_index(key, s->length, "string");
      if (s->ascii()) *out = new_str(std::string(1, s->s[static_cast<size_t>(i)]));
      else *out = new_str(utf8_chars(s->s)[static_cast<size_t>(i)]);
      return true;
    }
    case Layout::Bytes: {
      auto* b = static_cast<Bytes*>(o);
      if (is_slice(key)) {
        std::string r;
        for (int64_t i : slice_positions(*as<Slice>(key), static_cast<int64_t>(b->s.size())))
          r += b->s[static_cast<size_t>(i)];
        *out = new_bytes(std::move(r));
        return true;
      }
      int64_t i = normalize_index(key, static_cast<int64_t>(b->s.size()), "byte");
      *out = Value::integer(static_cast<unsigned char>(b->s[static_cast<size_t>(i)]));
      return true;
    }
    case Layout::Range: {
      auto* r = static_cast<Range*>(o);
      if (is_slice(key)) {
        int64_t start, stop, step;
        slice_indices(*as<Slice>(key), r->length(), &start, &stop, &step);
        *out = Value::object(new Range(types().range, r->start + start * r->step, r->start + stop * r->step,
                                       r->step * step));
        return true;
      }
      int64_t i = normalize_index(key, r->length(), "range object");
      *out = Value::integer(r->start + i * r->step);
      return true;
    }
    case Layout::Dict:
      if (!dict_item(obj, key, out)) raise_value(missing_key_error(key));
      return true;
    default:
      return false;
  }
}

bool builtin_set_item(const Value& obj, const Value& key, const Value& value) {
  if (!obj.is_object()) return false;
  Object* o = obj.as_object();
  switch (o->type()->layout) {
    case Layout::List: {
      auto& items = static_cast<List*>(o)->items;
      if (is_slice(key)) {
        auto* sl = as<Slice>(key);
        std::vector<Value> src = to_vector(value);
        int64_t start, stop, step;
        slice_indices(*sl, static_cast<int64_t>(items.size()), &start, &stop, &step);
        if (step == 1) {
          if (stop < start) stop = start;
          items.erase(items.begin() + start, items.begin() + stop);
          items.insert(items.begin() + start, src.begin(), src.end());
        } else {
          auto pos = slice_positions(*sl, static_cast<int64_t>(items.size()));
          if (pos.size() != src.size())
            value_error("attempt to assign sequence of size " + std::to_string(src.size()) +
                        " to extended slice of size " + std::to_string(pos.size()));
          for (size_t i = 0; i < pos.size(); ++i) items[static_cast<size_t>(pos[i])] = src[i];
        }
        return true;
      }
      int64_t i = normalize_index(key, static_cast<int64_t>(items.size()), "list assignment");
      items[static_cast<size_t>(i)] = value;
      return true;
    }
    case Layout::Dict:
      static_cast<Dict*>(o)->set(key, value);
      return true;
    default:
      return false;
  }
}

bool builtin_del_item(const Value& obj, const Value& key) {
  if (!obj.is_object()) return false;
  Object* o = obj.as_object();
  switch (o->type()->layout) {
    case Layout::List: {
      auto& items = static_cast<List*>(o)->items;
      if (is_slice(key)) {
        auto pos = slice_positions(*as<Slice>(key), static_cast<int64_t>(items.size()));
        std::sort(pos.begin(), pos.end());
        for (auto it = pos.rbegin(); it != pos.rend(); ++it) items.erase(items.begin() + *it);
        return true;
      }
      int64_t i = normalize_index(key, static_cast<int64_t>(items.size()), "list assignment");
      items.erase(items.begin() + i);
      return true;
    }
    case Layout::Dict:
      if (!static_cast<Dict*>(o)->erase(key)) raise_value(missing_key_error(key));
      return true;
    default:
      return false;
  }
}

// Appends `src` to `r` (reserved by the caller): a copy of millions of items goes in
// pieces with a slice boundary between them (one piece is about a millisecond in
// the browser), so that the page keeps drawing while a list doubles.
static void append_items(std::vector<Value>& r, const std::vector<Value>& src) {
  constexpr size_t kPiece = size_t{1} << 16;
  for (size_t i = 0; i < src.size(); i += kPiece) {
    if (i > 0) interp().long_operation_step();
    r.insert(r.end(), src.begin() + static_cast<ptrdiff_t>(i), src.begin() + static_cast<ptrdiff_t>(std::min(src.size(), i + kPiece)));
  }
}

// a + b of two lists or two tuples.
static std::vector<Value> concat_items(const std::vector<Value>& a, const std::vector<Value>& b) {
  std::vector<Value> r;
  r.reserve(a.size() + b.size());
  append_items(r, a);
  append_items(r, b);
  return r;
}

static Value repeat(const Value& seq, const Value& count) {
  // A count beyond a C ssize_t is an OverflowError here (an IndexError in subscripts).
  if (is_int_like(count) && !count.is_int() && !count.is_bool() && !as<BigIntObj>(count)->v.fits_int64())
    raise(types().OverflowError, "cannot fit 'int' into an index-sized integer");
  int64_t n = std::max<int64_t>(0, index_of(count));
  Type* t = type_of(seq);
  if (t->layout == Layout::Str || t->layout == Layout::Bytes) {
    const std::string& s = t->layout == Layout::Str ? as<Str>(seq)->s : as<Bytes>(seq)->s;
    if (s.size() * static_cast<size_t>(n) > (size_t{1} << 30)) raise(types().MemoryError, "");
    std::string r;
    r.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) r += s;
    return t->layout == Layout::Str ? new_str(std::move(r)) : new_bytes(std::move(r));
  }
  const auto& items = t->layout == Layout::List ? as<List>(seq)->items : as<Tuple>(seq)->items;
  if (items.size() * static_cast<size_t>(n) > (size_t{1} << 27)) raise(types().MemoryError, "");
  std::vector<Value> r;
  r.reserve(items.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) append_items(r, items);
  return t->layout == Layout::List ? new_list(std::move(r)) : new_tuple(std::move(r));
}

Value builtin_binary(int op, const Value& a, const Value& b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto bop = static_cast<ast::BinOp>(op);
  Layout la = ta->layout, lb = tb->layout;
  if (bop == ast::BinOp::Add) {
    if (la == Layout::Str && lb == Layout::Str) return new_str(as<Str>(a)->s + as<Str>(b)->s);
    if (la == Layout::Bytes && lb == Layout::Bytes) return new_bytes(as<Bytes>(a)->s + as<Bytes>(b)->s);
    if (la == Layout::List && lb == Layout::List) return new_list(concat_items(as<List>(a)->items, as<List>(b)->items));
    if (la == Layout::Tuple && lb == Layout::Tuple) return new_tuple(concat_items(as<Tuple>(a)->items, as<Tuple>(b)->items));
  }
  if (bop == ast::BinOp::Mult) {
    bool seq_a = la == Layout::Str || la == Layout::List || la == Layout::Tuple || la == Layout::Bytes;
    bool seq_b = lb == Layout::Str || lb == Layout::List || lb == Layout::Tuple || lb == Layout::Bytes;
    if (seq_a && is_int_like(b)) return repeat(a, b);
    if (seq_b && is_int_like(a)) return repeat(b, a);
  }
  if (bop == ast::BinOp::Mod && (la == Layout::Str || la == Layout::Bytes)) return percent_format_value(a, b);
  bool set_a = la == Layout::Set || la == Layout::FrozenSet;
  bool set_b = lb == Layout::Set || lb == Layout::FrozenSet;
  if (set_a && set_b) return set_operation(bop, a, b);
  if (la == Layout::Dict && lb == Layout::Dict && bop == ast::BinOp::BitOr) {
    Value r = new_dict();
    dict_merge(r, a, false);
    dict_merge(r, b, false);
    return r;
  }
  return not_implemented();
}

// --- iterators -----------------------------------------------------------------------------

Value make_iterator(NativeIterator::Next next) {
  return Value::object(new NativeIterator(types().iterator, std::move(next)));
}

// Iterates a list or tuple by index, so that a list growing meanwhile is seen.
template <class Seq>
static Value items_iterator(const Value& v) {
  auto* it = new NativeIterator(types().iterator, nullptr);
  Value iter = Value::object(it);
  it->items = &as<Seq>(v)->items;
  Value keep = v;
  // `it` owns this function, so it outlives every call.
  it->next = [keep, it](Value* out) { return it->next_item(out); };
  return iter;
}

Value builtin_iter(const Value& v) {
  if (!v.is_object()) return Value();
  Object* o = v.as_object();
  Type* t = o->type();
  switch (t->layout) {
    case Layout::List:
      return items_iterator<List>(v);
    case Layout::Tuple:
      return items_iterator<Tuple>(v);
    case Layout::Str: {
      Value keep = v;
      size_t i = 0;
      return make_iterator([keep, i](Value* out) mutable {
        const std::string& s = as<Str>(keep)->s;
        if (i >= s.size()) return false;
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        *out = new_str(s.substr(i, n));
        i += n;
        return true;
      });
    }
    case Layout::Bytes: {
      Value keep = v;
      size_t i = 0;
      return make_iterator([keep, i](Value* out) mutable {
        const std::string& s = as<Bytes>(keep)->s;
        if (i >= s.size()) return false;
        *out = Value::integer(static_cast<unsigned char>(s[i++]));
        return true;
      });
    }
    case Layout::Range: {
      auto* r = static_cast<Range*>(o);
      auto* it = new NativeIterator(types().iterator, nullptr);
      Value iter = Value::object(it);
      it->is_range = true;
      it->range_cur = r->start;
      it->range_stop = r->stop;
      it->range_step = r->step;
      // `it` owns this function, so it outlives every call.
      it->next = [it](Value* out) { return it->next_in_range(out); };
      return iter;
    }
    case Layout::Dict:
      return dict_view_iter(v, 0);
    case Layout::Set:
    case Layout::FrozenSet: {
      // CPython's set iterator: the slots in order; a change of size is an error.
      Value keep = v;
      size_t i = 0;
      int64_t count = static_cast<Set*>(o)->table.count;
      return make_iterator([keep, i, count](Value* out) mutable {
        const SetTable& t = as<Set>(keep)->table;
        if (t.count != count) raise(types().RuntimeError, "Set changed size during iteration");
        while (i < t.entries.size() && !t.entries[i].used) ++i;
        if (i >= t.entries.size()) return false;
        *out = t.entries[i++].key;
        return true;
      });
    }
    case Layout::Iterator:
    case Layout::Generator:
      if (t == types().coroutine) return Value();
      if (t == types().async_generator) return Value();
      return v;
    default:
      return Value();
  }
}

// kind: 0 keys, 1 values, 2 items
Value dict_view_iter(const Value& dict, int kind) {
  Value keep = dict;
  size_t i = 0;
  Dict* d0 = as<Dict>(dict);
  int64_t count = d0->count;
  return make_iterator([keep, i, kind, count](Value* out) mutable {
    Dict* d = as<Dict>(keep);
    if (d->count != count) raise(types().RuntimeError, "dictionary changed size during iteration");
    while (i < d->entries.size() && !d->entries[i].used) ++i;
    if (i >= d->entries.size()) return false;
    auto& e = d->entries[i++];
    if (kind == 0) *out = e.key;
    else if (kind == 1) *out = e.value;
    else *out = new_tuple({e.key, e.value});
    return true;
  });
}

void dict_merge(const Value& dst, const Value& src, bool strict) {
  Dict* d = as<Dict>(dst);
  if (type_of(src)->layout == Layout::Dict) {
    for (auto& e : as<Dict>(src)->entries) {
      if (!e.used) continue;
      if (strict && d->get(e.key))
        type_error("got multiple values for keyword argument '" + str(e.key) + "'");
      d->set(e.key, e.value);
    }
    return;
  }
  Value keys_m;
  if (!try_get_attr(src, intern_str("keys"), &keys_m)) {
    // An iterable of pairs (dict.update semantics).
    for (auto& pair : to_vector(src)) {
      auto kv = to_vector(pair);
      if (kv.size() != 2)
        value_error("dictionary update sequence element has length " + std::to_string(kv.size()) + "; 2 is required");
      d->set(kv[0], kv[1]);
    }
    return;
  }
  for (auto& k : to_vector(call(keys_m, {}))) {
    if (strict && d->get(k)) type_error("got multiple values for keyword argument '" + str(k) + "'");
    d->set(k, get_item(src, k));
  }
}

}  // namespace loopscope::lang
