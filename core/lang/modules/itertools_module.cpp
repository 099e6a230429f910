// The itertools module: each function returns a native iterator (a closure over
// its state, sequences.h's make_iterator) that pulls from its inputs exactly when
// CPython's would, so programs sharing an iterator between several consumers see
// the same items. The combinatoric ones follow the index algorithms of the
// itertools documentation, which CPython's C code implements.
#include <algorithm>
#include <deque>
#include <memory>

#include "lang/ast.h"
#include "lang/modules/module_util.h"
#include "lang/numeric.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"

namespace loopscope::lang {
namespace {

Value add(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) {
    int64_t r;
    if (checked_add(a.as_int(), b.as_int(), &r)) return Value::integer(r);
  }
  return binary_op(static_cast<int>(ast::BinOp::Add), a, b);
}

Value call_with(const Value& fn, std::vector<Value> args) {
  Args a{args.data(), args.size()};
  return call(fn, a);
}

Value tuple_of(const std::vector<Value>& pool, const std::vector<size_t>& indices, size_t r) {
  std::vector<Value> items;
  items.reserve(r);
  for (size_t i = 0; i < r; ++i) items.push_back(pool[indices[i]]);
  return new_tuple(std::move(items));
}

// --- infinite iterators ----------------------------------------------------------------

Value it_count(Args& a, void*) {
  auto p = bind_args(a, "count", {"start", "step"}, 0);
  Value cur = p[0] ? *p[0] : Value::integer(0);
  Value step = p[1] ? *p[1] : Value::integer(1);
  if (!is_number(cur) || !is_number(step)) type_error("a number is required");
  return make_iterator([cur, step](Value* out) mutable {
    *out = cur;
    cur = add(cur, step);
    return true;
  });
}

Value it_cycle(Args& a, void*) {
  check_args("cycle", a, 1, 1);
  struct State {
    Value it;
    std::vector<Value> saved;
    bool first_pass = true;
    size_t index = 0;
  };
  auto st = std::make_shared<State>();
  st->it = get_iter(a[0]);
  return make_iterator([st](Value* out) {
    if (st->first_pass) {
      if (iter_next(st->it, out)) {
        st->saved.push_back(*out);
        return true;
      }
      st->first_pass = false;
    }
    if (st->saved.empty()) return false;
    *out = st->saved[st->index];
    st->index = (st->index + 1) % st->saved.size();
    return true;
  });
}

Value it_repeat(Args& a, void*) {
  auto p = bind_args(a, "repeat", {"object", "times"}, 1);
  Value obj = *p[0];
  int64_t times = p[1] ? std::max<int64_t>(0, index_of(*p[1])) : -1;  // -1: forever
  return make_iterator([obj, times](Value* out) mutable {
    if (times == 0) return false;
    if (times > 0) --times;
    *out = obj;
    return true;
  });
}

// --- iterators over inputs -----------------------------------------------------------------

Value it_accumulate(Args& a, void*) {
  auto p = bind_args(a, "accumulate", {"iterable", "func", "*", "initial"}, 1);
  Value it = get_iter(*p[0]);
  Value func = p[1] ? *p[1] : Value();
  Value total = p[2] ? *p[2] : Value::null();
  bool started = false;
  return make_iterator([it, func, total, started](Value* out) mutable {
    if (!started) {
      started = true;
      if (total.is_null() || total.is_none()) {
        if (!iter_next(it, &total)) return false;
      }
      *out = total;
      return true;
    }
    Value x;
    if (!iter_next(it, &x)) return false;
    total = func.is_none() ? add(total, x) : call(func, {total, x});
    *out = total;
    return true;
  });
}

// chain(*iterables) and chain.from_iterable(iterables): each input is made an
// iterator only when the previous one is exhausted.
Value chain_over(Value sources) {
  Value current = Value::null();
  return make_iterator([sources, current](Value* out) mutable {
    for (;;) {
      if (!current.is_null()) {
        if (iter_next(current, out)) return true;
        current = Value::null();
      }
      Value next_source;
      if (!iter_next(sources, &next_source)) return false;
      current = get_iter(next_source);
    }
  });
}

Value chain_ctor(Type*, Args& a) {
  if (a.nkw) type_error("chain() takes no keyword arguments");
  return chain_over(get_iter(new_tuple(std::vector<Value>(a.pos, a.pos + a.n))));
}

Value chain_from_iterable(Args& a, void*) {
  // A classmethod: a[0] is the class.
  check_args("from_iterable", a, 2, 2);
  return chain_over(get_iter(a[1]));
}

Value it_compress(Args& a, void*) {
  auto p = bind_args(a, "compress", {"data", "selectors"}, 2);
  Value data = get_iter(*p[0]), selectors = get_iter(*p[1]);
  return make_iterator([data, selectors](Value* out) {
    for (;;) {
      Value d, s;
      if (!iter_next(data, &d) || !iter_next(selectors, &s)) return false;
      if (truthy(s)) {
        *out = d;
        return true;
      }
    }
  });
}

Value it_dropwhile(Args& a, void*) {
  check_args("dropwhile", a, 2, 2);
  Value pred = a[0], it = get_iter(a[1]);
  bool dropping = true;
  return make_iterator([pred, it, dropping](Value* out) mutable {
    for (;;) {
      if (!iter_next(it, out)) return false;
      if (!dropping || !truthy(call(pred, {*out}))) {
        dropping = false;
        return true;
      }
    }
  });
}

Value it_takewhile(Args& a, void*) {
  check_args("takewhile", a, 2, 2);
  Value pred = a[0], it = get_iter(a[1]);
  bool taking = true;
  return make_iterator([pred, it, taking](Value* out) mutable {
    if (!taking || !iter_next(it, out)) return false;
    if (truthy(call(pred, {*out}))) return true;
    taking = false;
    return false;
  });
}

Value it_filterfalse(Args& a, void*) {
  check_args("filterfalse", a, 2, 2);
  Value pred = a[0], it = get_iter(a[1]);
  return make_iterator([pred, it](Value* out) {
    while (iter_next(it, out))
      if (!truthy(pred.is_none() ? *out : call(pred, {*out}))) return true;
    return false;
  });
}

Value it_starmap(Args& a, void*) {
  check_args("starmap", a, 2, 2);
  Value fn = a[0], it = get_iter(a[1]);
  return make_iterator([fn, it](Value* out) {
    Value args;
    if (!iter_next(it, &args)) return false;
    *out = call_with(fn, to_vector(args));
    return true;
  });
}

Value it_pairwise(Args& a, void*) {
  check_args("pairwise", a, 1, 1);
  Value it = get_iter(a[0]);
  Value old = Value::null();
  return make_iterator([it, old](Value* out) mutable {
    if (old.is_null() && !iter_next(it, &old)) return false;
    Value next;
    if (!iter_next(it, &next)) return false;
    *out = new_tuple({old, next});
    old = next;
    return true;
  });
}

Value it_zip_longest(Args& a, void*) {
  Value fill;
  for (size_t i = 0; i < a.nkw; ++i) {
    if (a.kw[i].name->s != "fillvalue") type_error("zip_longest() got an unexpected keyword argument '" + a.kw[i].name->s + "'");
    fill = a.kw[i].value;
  }
  std::vector<Value> its;
  for (size_t i = 0; i < a.n; ++i) its.push_back(get_iter(a[i]));
  // An exhausted input is not asked again; it gives the fill value from then on.
  std::vector<bool> done(its.size(), false);
  size_t active = its.size();
  return make_iterator([its, fill, done, active](Value* out) mutable {
    if (its.empty() || active == 0) return false;
    std::vector<Value> row;
    for (size_t i = 0; i < its.size(); ++i) {
      Value x = fill;
      if (!done[i] && !iter_next(its[i], &x)) {
        done[i] = true;
        x = fill;
        if (--active == 0) return false;
      }
      row.push_back(x);
    }
    *out = new_tuple(std::move(row));
    return true;
  });
}

// islice's argument: None (-1 for stop), or an int; anything else gives `bad`.
int64_t slice_arg(const Value* v, int64_t if_none, int64_t bad) {
  if (!v || v->is_none()) return if_none;
  if (!is_int_like(*v)) return bad;
  BigInt b = to_bigint(*v);
  return b.fits_int64() ? b.to_int64() : bad;
}

Value it_islice(Args& a, void*) {
  if (a.nkw) type_error("islice() takes no keyword arguments");
  if (a.n < 2 || a.n > 4)
    type_error(a.n < 2 ? "islice expected at least 2 arguments, got " + std::to_string(a.n)
                       : "islice expected at most 4 arguments, got " + std::to_string(a.n));
  int64_t start = 0, stop = -1, step = 1;
  if (a.n == 2) {
    stop = slice_arg(&a.pos[1], -1, -2);
    if (stop == -2 || (!a[1].is_none() && stop == -1))
      value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  } else {
    start = slice_arg(&a.pos[1], 0, -1);
    stop = slice_arg(&a.pos[2], -1, -2);
    if (stop == -2 || (!a[2].is_none() && stop == -1))
      value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (start < 0 || stop < -1) value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (a.n == 4) step = slice_arg(&a.pos[3], 1, -1);
  if (step < 1) value_error("Step for islice() must be a positive integer or None.");
  Value it = get_iter(a[0]);
  int64_t next = start, count = 0;
  bool finished = false;
  // CPython's islice_next: skip to `next`, stop at `stop` without reading past it.
  return make_iterator([it, next, count, stop, step, finished](Value* out) mutable {
    if (finished) return false;
    Value item;
    while (count < next) {
      if (!iter_next(it, &item)) {
        finished = true;
        return false;
      }
      ++count;
    }
    if (stop != -1 && count >= stop) {
      finished = true;
      return false;
    }
    if (!iter_next(it, out)) {
      finished = true;
      return false;
    }
    ++count;
    int64_t old = next;
    next += step;
    if (next < old || (stop != -1 && next > stop)) next = stop;
    return true;
  });
}

// groupby: the groups share one state; advancing the outer iterator makes the
// previous group's iterator empty, as in CPython.
struct GroupState {
  Value it, keyfunc;
  Value tgtkey = Value::null(), currkey = Value::null(), currvalue = Value::null();
  uint64_t current_group = 0;
  bool step() {
    Value v;
    if (!iter_next(it, &v)) return false;
    currkey = keyfunc.is_none() ? v : call(keyfunc, {v});
    currvalue = v;
    return true;
  }
};

Value it_groupby(Args& a, void*) {
  auto p = bind_args(a, "groupby", {"iterable", "key"}, 1);
  auto st = std::make_shared<GroupState>();
  st->it = get_iter(*p[0]);
  st->keyfunc = p[1] ? *p[1] : Value();
  return make_iterator([st](Value* out) {
    ++st->current_group;
    for (;;) {
      if (st->currkey.is_null()) {
        // nothing read yet
      } else if (st->tgtkey.is_null()) {
        break;
      } else if (!values_equal(st->tgtkey, st->currkey)) {
        break;
      }
      if (!st->step()) return false;
    }
    st->tgtkey = st->currkey;
    uint64_t group = st->current_group;
    Value key = st->tgtkey;
    Value grouper = make_iterator([st, group, key](Value* item) {
      if (st->current_group != group) return false;
      if (st->currvalue.is_null() && !st->step()) return false;
      if (!values_equal(key, st->currkey)) return false;
      *item = st->currvalue;
      st->currvalue = Value::null();
      return true;
    });
    *out = new_tuple({st->currkey, grouper});
    return true;
  });
}

// tee: n iterators over one input, sharing a buffer of what some have read and
// others not yet.
Value it_tee(Args& a, void*) {
  check_args("tee", a, 1, 2);
  int64_t n = a.n > 1 ? index_of(a[1]) : 2;
  if (n < 0) value_error("n must be >= 0");
  struct State {
    Value it;
    std::deque<Value> buffer;
    int64_t base = 0;  // position of buffer.front() in the input
    std::vector<int64_t> positions;
    bool exhausted = false;
    void trim() {
      int64_t lowest = *std::min_element(positions.begin(), positions.end());
      while (base < lowest && !buffer.empty()) {
        buffer.pop_front();
        ++base;
      }
    }
  };
  auto st = std::make_shared<State>();
  st->it = get_iter(a[0]);
  st->positions.assign(static_cast<size_t>(n), 0);
  std::vector<Value> tees;
  for (size_t k = 0; k < static_cast<size_t>(n); ++k) {
    tees.push_back(make_iterator([st, k](Value* out) {
      int64_t pos = st->positions[k];
      if (pos - st->base >= static_cast<int64_t>(st->buffer.size())) {
        if (st->exhausted) return false;
        Value v;
        if (!iter_next(st->it, &v)) {
          st->exhausted = true;
          return false;
        }
        st->buffer.push_back(v);
      }
      *out = st->buffer[static_cast<size_t>(pos - st->base)];
      st->positions[k] = pos + 1;
      st->trim();
      return true;
    }));
  }
  return new_tuple(std::move(tees));
}

// --- combinatorics ----------------------------------------------------------------------

Value it_product(Args& a, void*) {
  int64_t repeat = 1;
  for (size_t i = 0; i < a.nkw; ++i) {
    if (a.kw[i].name->s != "repeat") type_error("product() got an unexpected keyword argument '" + a.kw[i].name->s + "'");
    repeat = index_of(a.kw[i].value);
  }
  if (repeat < 0) value_error("repeat argument cannot be negative");
  std::vector<std::vector<Value>> pools;
  for (size_t i = 0; i < a.n; ++i) pools.push_back(to_vector(a[i]));
  std::vector<std::vector<Value>> all;
  for (int64_t r = 0; r < repeat; ++r) all.insert(all.end(), pools.begin(), pools.end());
  bool empty = false;
  for (auto& p : all) empty |= p.empty();
  std::vector<size_t> indices(all.size(), 0);
  bool first = true, done = empty;
  return make_iterator([all, indices, first, done](Value* out) mutable {
    if (done) return false;
    if (!first) {
      // The odometer: the rightmost index turns fastest.
      size_t i = all.size();
      for (;;) {
        if (i == 0) {
          done = true;
          return false;
        }
        --i;
        if (++indices[i] < all[i].size()) break;
        indices[i] = 0;
      }
    }
    first = false;
    std::vector<Value> row;
    for (size_t i = 0; i < all.size(); ++i) row.push_back(all[i][indices[i]]);
    *out = new_tuple(std::move(row));
    return true;
  });
}

int64_t r_arg(const Value* v, int64_t dflt) {
  if (!v || v->is_none()) return dflt;
  int64_t r = index_of(*v);
  if (r < 0) value_error("r must be non-negative");
  return r;
}

Value it_permutations(Args& a, void*) {
  auto p = bind_args(a, "permutations", {"iterable", "r"}, 1);
  std::vector<Value> pool = to_vector(*p[0]);
  size_t n = pool.size();
  size_t r = static_cast<size_t>(r_arg(p[1], static_cast<int64_t>(n)));
  std::vector<size_t> indices(n), cycles;
  for (size_t i = 0; i < n; ++i) indices[i] = i;
  for (size_t i = 0; i < r && i < n; ++i) cycles.push_back(n - i);
  bool first = true, done = r > n;
  return make_iterator([pool, n, r, indices, cycles, first, done](Value* out) mutable {
    if (done) return false;
    if (first) {
      first = false;
      *out = tuple_of(pool, indices, r);
      return true;
    }
    if (n == 0) {
      done = true;
      return false;
    }
    for (size_t i = r; i-- > 0;) {
      if (--cycles[i] == 0) {
        // Rotate indices[i:] left by one.
        size_t moved = indices[i];
        for (size_t k = i; k + 1 < n; ++k) indices[k] = indices[k + 1];
        indices[n - 1] = moved;
        cycles[i] = n - i;
      } else {
        size_t j = cycles[i];
        std::swap(indices[i], indices[n - j]);
        *out = tuple_of(pool, indices, r);
        return true;
      }
    }
    done = true;
    return false;
  });
}

Value it_combinations(Args& a, void*) {
  auto p = bind_args(a, "combinations", {"iterable", "r"}, 2);
  std::vector<Value> pool = to_vector(*p[0]);
  size_t n = pool.size();
  size_t r = static_cast<size_t>(r_arg(p[1], 0));
  std::vector<size_t> indices(r);
  for (size_t i = 0; i < r; ++i) indices[i] = i;
  bool first = true, done = r > n;
  return make_iterator([pool, n, r, indices, first, done](Value* out) mutable {
    if (done) return false;
    if (!first) {
      size_t i = r;
      for (;;) {
        if (i == 0) {
          done = true;
          return false;
        }
        --i;
        if (indices[i] != i + n - r) break;
      }
      ++indices[i];
      for (size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    }
    first = false;
    *out = tuple_of(pool, indices, r);
    return true;
  });
}

Value it_combinations_with_replacement(Args& a, void*) {
  auto p = bind_args(a, "combinations_with_replacement", {"iterable", "r"}, 2);
  std::vector<Value> pool = to_vector(*p[0]);
  size_t n = pool.size();
  size_t r = static_cast<size_t>(r_arg(p[1], 0));
  std::vector<size_t> indices(r, 0);
  bool first = true, done = n == 0 && r > 0;
  return make_iterator([pool, n, r, indices, first, done](Value* out) mutable {
    if (done) return false;
    if (!first) {
      size_t i = r;
      for (;;) {
        if (i == 0) {
          done = true;
          return false;
        }
        --i;
        if (indices[i] != n - 1) break;
      }
      size_t v = indices[i] + 1;
      for (size_t j = i; j < r; ++j) indices[j] = v;
    }
    first = false;
    *out = tuple_of(pool, indices, r);
    return true;
  });
}

struct ItertoolsFunction {
  const char* name;
  NativeFn fn;
};
const ItertoolsFunction kFunctions[] = {
    {"count", it_count}, {"cycle", it_cycle}, {"repeat", it_repeat}, {"accumulate", it_accumulate},
    {"compress", it_compress}, {"dropwhile", it_dropwhile}, {"takewhile", it_takewhile},
    {"filterfalse", it_filterfalse}, {"starmap", it_starmap}, {"pairwise", it_pairwise},
    {"zip_longest", it_zip_longest}, {"islice", it_islice}, {"groupby", it_groupby}, {"tee", it_tee},
    {"product", it_product}, {"permutations", it_permutations}, {"combinations", it_combinations},
    {"combinations_with_replacement", it_combinations_with_replacement},
};

}  // namespace

void build_itertools_module(Module* m) {
  for (const ItertoolsFunction& f : kFunctions) add_function(m, f.name, f.fn);
  // chain is a class, for chain.from_iterable.
  Type* chain = rt().make_type("chain", Layout::Native, types().object, chain_ctor);
  chain->module = "itertools";
  Value from_iterable = make_native("from_iterable", chain_from_iterable);
  chain->dict->set_str("from_iterable", Value::object(new MethodWrapper(types().classmethod, from_iterable)));
  m->dict->set_str("chain", Value::object(chain));
}

}  // namespace loopscope::lang
