// The random module: random.Random as CPython 3.11's (py_random.h draws the bits
// and runs the integer algorithms; this file adds the Python-level ones: choices,
// uniform, gauss...), and the module functions, bound methods of one Random per
// Runtime (Runtime::random_generator). Each function draws exactly what CPython's
// does, in the same order, so seeded programs print the same numbers.
//
// Seeding: in deterministic mode the module's generator starts from Options::seed
// (vtime.py calls random.seed(0) before the program), and seed() / Random() without
// a value use Options::seed too, where CPython would use the OS's entropy.
#include <chrono>
#include <cmath>
#include <random>

#include "lang/ast.h"
#include "lang/float_ops.h"
#include "lang/modules/module_util.h"
#include "lang/numeric.h"
#include "lang/py_random.h"
#include "lang/runtime_state.h"
#include "lang/sha512.h"

namespace loopscope::lang {
namespace {

class RandomObj : public NativeObject {
 public:
  explicit RandomObj(Type* t) : NativeObject(t) {}
  PyRandom gen;
  Value gauss_next;  // the second value of gauss()'s last pair, or None
};

RandomObj& self_of(Args& a, const char* fname) {
  RandomObj* r = a.n && a[0].is_object() ? dynamic_cast<RandomObj*>(a[0].as_object()) : nullptr;
  if (!r) type_error(std::string("descriptor '") + fname + "' requires a 'random.Random' object");
  return *r;
}

// Runs `body`, turning py_random's NumberErrors into Python exceptions.
template <class F>
auto number_errors(F body) {
  try {
    return body();
  } catch (const NumberError& e) {
    raise_number_error(e);
  }
}

BigInt integer_or_error(const Value& v) {
  if (!is_int_like(v)) type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  return to_bigint(v);
}

Value add(const Value& a, const Value& b) { return binary_op(static_cast<int>(ast::BinOp::Add), a, b); }
Value sub(const Value& a, const Value& b) { return binary_op(static_cast<int>(ast::BinOp::Sub), a, b); }
Value mul(const Value& a, const Value& b) { return binary_op(static_cast<int>(ast::BinOp::Mult), a, b); }

// --- seeding -------------------------------------------------------------------------

void seed_from_host(PyRandom& gen) {
  if (rt().options.virtual_time) {
    gen.seed_int(BigInt::from_uint64(rt().options.seed));
    return;
  }
  std::random_device device;
  std::vector<uint32_t> words;
  for (int i = 0; i < 4; ++i) words.push_back(device());
  auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  words.push_back(static_cast<uint32_t>(now));
  gen.seed_int(BigInt::from_words(words, false));
}

// random.seed(a): ints by magnitude; str and bytes as int.from_bytes(a + sha512(a))
// (version 2); floats by their hash, taken as an unsigned 64-bit number like C does.
void seed_generator(RandomObj& r, const Value& a) {
  r.gauss_next = Value();
  if (a.is_none()) return seed_from_host(r.gen);
  if (is_int_like(a)) return r.gen.seed_int(to_bigint(a));
  if (a.is_float()) return r.gen.seed_int(BigInt::from_uint64(static_cast<uint64_t>(float_hash(a.as_float()))));
  if (is_str(a) || type_of(a)->layout == Layout::Bytes) {
    std::string bytes = is_str(a) ? str_of(a) : as<Bytes>(a)->s;
    auto digest = sha512(bytes);
    bytes.append(digest.begin(), digest.end());
    // Big-endian bytes into little-endian 32-bit words.
    std::vector<uint32_t> words((bytes.size() + 3) / 4, 0);
    for (size_t i = 0; i < bytes.size(); ++i) {
      size_t from_end = bytes.size() - 1 - i;
      words[from_end / 4] |= static_cast<uint32_t>(static_cast<uint8_t>(bytes[i])) << (8 * (from_end % 4));
    }
    while (!words.empty() && words.back() == 0) words.pop_back();
    return r.gen.seed_int(BigInt::from_words(words, false));
  }
  type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

Value random_ctor(Type* t, Args& a) {
  auto p = bind_args(a, "Random", {"x"}, 0);
  auto* r = new RandomObj(t);
  Value v = Value::object(r);
  seed_generator(*r, p[0] ? *p[0] : Value());
  return v;
}

Value r_seed(Args& a, void*) {
  RandomObj& r = self_of(a, "seed");
  auto p = bind_args(a, "Random.seed", {"a", "version"}, 0, 1);
  seed_generator(r, p[0] ? *p[0] : Value());
  return Value();
}

// --- integers --------------------------------------------------------------------------

// A uniform int in [0, n) for n > 0 (CPython's _randbelow).
Value randbelow(PyRandom& gen, const BigInt& n) {
  if (n.fits_int64()) return Value::integer(static_cast<int64_t>(gen.randbelow(static_cast<uint64_t>(n.to_int64()))));
  return new_int(gen.randbelow(n));
}

// randrange's int(arg) for a non-int argument (3.11's deprecated path): an
// integral float is accepted, anything int() turns into a different value is not.
BigInt randrange_int(const Value& v, const char* what) {
  if (is_int_like(v)) return to_bigint(v);
  Value arg[1] = {v};
  Args a{arg, 1};
  Value i = construct(types().int_, a);
  if (!values_equal(i, v)) value_error(std::string("non-integer ") + what + " for randrange()");
  return to_bigint(i);
}

Value randrange(PyRandom& gen, const Value& start, const Value* stop, const Value* step) {
  // The common case without BigInt: randrange(a, b) and randint(a, b) on small ints.
  if (start.is_int() && stop && stop->is_int() && !step) {
    int64_t width;
    if (checked_sub(stop->as_int(), start.as_int(), &width) && width > 0)
      return Value::integer(start.as_int() + static_cast<int64_t>(gen.randbelow(static_cast<uint64_t>(width))));
  }
  BigInt istart = randrange_int(start, "arg 1");
  if (!stop || stop->is_none()) {
    if (step) type_error("Missing a non-None stop argument");
    if (istart.sign() > 0) return randbelow(gen, istart);
    value_error("empty range for randrange()");
  }
  BigInt istop = randrange_int(*stop, "stop");
  BigInt width = istop - istart;
  BigInt istep = step ? randrange_int(*step, "step") : BigInt(1);
  if (istep == BigInt(1)) {
    if (width.sign() > 0) return new_int(istart + to_bigint(randbelow(gen, width)));
    value_error("empty range for randrange() (" + istart.to_string() + ", " + istop.to_string() + ", " +
                width.to_string() + ")");
  }
  BigInt n;
  if (istep.sign() > 0) n = BigInt::floordiv(width + istep - BigInt(1), istep);
  else if (istep.sign() < 0) n = BigInt::floordiv(width + istep + BigInt(1), istep);
  else value_error("zero step for randrange()");
  if (n.sign() <= 0) value_error("empty range for randrange()");
  return new_int(istart + istep * to_bigint(randbelow(gen, n)));
}

Value r_randrange(Args& a, void*) {
  RandomObj& r = self_of(a, "randrange");
  auto p = bind_args(a, "Random.randrange", {"start", "stop", "step"}, 1, 1);
  return randrange(r.gen, *p[0], p[1], p[2]);
}

Value r_randint(Args& a, void*) {
  RandomObj& r = self_of(a, "randint");
  auto p = bind_args(a, "Random.randint", {"a", "b"}, 2, 1);
  Value stop = add(*p[1], Value::integer(1));
  return randrange(r.gen, *p[0], &stop, nullptr);
}

Value r_getrandbits(Args& a, void*) {
  RandomObj& r = self_of(a, "getrandbits");
  check_args("getrandbits", a, 2, 2);
  int64_t k = index_of(a[1]);
  if (k < 0) value_error("number of bits must be non-negative");
  if (k <= 63) return Value::integer(static_cast<int64_t>(r.gen.getrandbits64(static_cast<int>(k))));
  return new_int(r.gen.getrandbits(k));
}

Value r_randbytes(Args& a, void*) {
  RandomObj& r = self_of(a, "randbytes");
  auto p = bind_args(a, "Random.randbytes", {"n"}, 1, 1);
  int64_t n = index_of(*p[0]);
  if (n < 0) value_error("negative argument not allowed");
  // getrandbits(n * 8).to_bytes(n, 'little')
  std::vector<uint32_t> words = n ? r.gen.getrandbits(n * 8).words() : std::vector<uint32_t>{};
  std::string out(static_cast<size_t>(n), '\0');
  for (size_t i = 0; i < out.size() && i / 4 < words.size(); ++i)
    out[i] = static_cast<char>(words[i / 4] >> (8 * (i % 4)));
  return new_bytes(std::move(out));
}

// --- sequences ---------------------------------------------------------------------------

Value r_choice(Args& a, void*) {
  RandomObj& r = self_of(a, "choice");
  auto p = bind_args(a, "Random.choice", {"seq"}, 1, 1);
  int64_t n = length(*p[0]);
  if (n == 0) raise(types().IndexError, "Cannot choose from an empty sequence");
  return get_item(*p[0], Value::integer(static_cast<int64_t>(r.gen.randbelow(static_cast<uint64_t>(n)))));
}

Value r_shuffle(Args& a, void*) {
  RandomObj& r = self_of(a, "shuffle");
  auto p = bind_args(a, "Random.shuffle", {"x"}, 1, 1);
  const Value& x = *p[0];
  if (type_of(x) == types().list) {
    r.gen.shuffle(as<List>(x)->items);
    return Value();
  }
  for (int64_t i = length(x) - 1; i > 0; --i) {
    Value j = Value::integer(static_cast<int64_t>(r.gen.randbelow(static_cast<uint64_t>(i) + 1)));
    Value vi = get_item(x, Value::integer(i)), vj = get_item(x, j);
    set_item(x, Value::integer(i), vj);
    set_item(x, j, vi);
  }
  return Value();
}

bool is_sequence(const Value& v) {
  Type* t = type_of(v);
  switch (t->layout) {
    case Layout::List:
    case Layout::Tuple:
    case Layout::Str:
    case Layout::Bytes:
    case Layout::Range: return true;
    case Layout::Dict:
    case Layout::Set:
    case Layout::FrozenSet: return false;
    default: return t->lookup("__getitem__") && t->lookup("__len__");
  }
}

// bisect.bisect_right(a, x, lo, hi) with Python's <.
size_t bisect_right(const std::vector<Value>& a, const Value& x, size_t lo, size_t hi) {
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    bool less = x.is_float() && a[mid].is_float() ? x.as_float() < a[mid].as_float() : values_less(x, a[mid]);
    if (less) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

std::vector<Value> accumulate(const Value& iterable) {
  std::vector<Value> out;
  Value it = get_iter(iterable);
  Value x;
  while (iter_next(it, &x)) out.push_back(out.empty() ? x : add(out.back(), x));
  return out;
}

Value sample(RandomObj& r, const Value& population, const Value& kv, const Value* counts) {
  if (!is_sequence(population))
    type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(population);
  if (counts && !counts->is_none()) {
    std::vector<Value> cum = accumulate(*counts);
    if (static_cast<int64_t>(cum.size()) != n) value_error("The number of counts does not match the population");
    if (cum.empty()) raise(types().IndexError, "pop from empty list");
    Value total = cum.back();
    cum.pop_back();
    if (!is_int_like(total)) type_error("Counts must be integers");
    if (to_bigint(total).sign() <= 0) value_error("Total of counts must be greater than zero");
    Value range = call(Value::object(types().range), {total});
    Value picks = sample(r, range, kv, nullptr);
    std::vector<Value> out;
    for (auto& s : as<List>(picks)->items)
      out.push_back(get_item(population, Value::integer(static_cast<int64_t>(bisect_right(cum, s, 0, cum.size())))));
    return new_list(std::move(out));
  }
  int64_t k = index_of(kv);
  std::vector<size_t> picks = number_errors([&] { return r.gen.sample_indices(static_cast<size_t>(n), k); });
  std::vector<Value> out;
  out.reserve(picks.size());
  for (size_t i : picks) out.push_back(get_item(population, Value::integer(static_cast<int64_t>(i))));
  return new_list(std::move(out));
}

Value r_sample(Args& a, void*) {
  RandomObj& r = self_of(a, "sample");
  auto p = bind_args(a, "Random.sample", {"population", "k", "*", "counts"}, 2, 1);
  return sample(r, *p[0], *p[1], p[2]);
}

Value r_choices(Args& a, void*) {
  RandomObj& r = self_of(a, "choices");
  auto p = bind_args(a, "Random.choices", {"population", "weights", "*", "cum_weights", "k"}, 1, 1);
  const Value& population = *p[0];
  const Value* weights = p[1] && !p[1]->is_none() ? p[1] : nullptr;
  const Value* cum_given = p[2] && !p[2]->is_none() ? p[2] : nullptr;
  int64_t k = p[3] ? index_of(*p[3]) : 1;
  int64_t n = length(population);
  std::vector<Value> out;
  if (!cum_given && !weights) {
    double nf = static_cast<double>(n);
    for (int64_t i = 0; i < k; ++i)
      out.push_back(get_item(population, Value::integer(static_cast<int64_t>(std::floor(r.gen.random() * nf)))));
    return new_list(std::move(out));
  }
  std::vector<Value> cum;
  if (!cum_given) {
    if (is_int_like(*weights))
      type_error("The number of choices must be a keyword argument: k=" + repr(*weights));
    cum = accumulate(*weights);
  } else if (weights) {
    type_error("Cannot specify both weights and cumulative weights");
  } else {
    cum = to_vector(*cum_given);
  }
  if (static_cast<int64_t>(cum.size()) != n) value_error("The number of weights does not match the population");
  if (cum.empty()) raise(types().IndexError, "list index out of range");
  double total = to_double(add(cum.back(), Value::floating(0.0)));
  if (total <= 0.0) value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) value_error("Total of weights must be finite");
  size_t hi = static_cast<size_t>(n - 1);
  for (int64_t i = 0; i < k; ++i) {
    size_t j = bisect_right(cum, Value::floating(r.gen.random() * total), 0, hi);
    out.push_back(get_item(population, Value::integer(static_cast<int64_t>(j))));
  }
  return new_list(std::move(out));
}

// --- floats ------------------------------------------------------------------------------

Value r_random(Args& a, void*) {
  RandomObj& r = self_of(a, "random");
  check_args("random", a, 1, 1);
  return Value::floating(r.gen.random());
}

Value r_uniform(Args& a, void*) {
  RandomObj& r = self_of(a, "uniform");
  auto p = bind_args(a, "Random.uniform", {"a", "b"}, 2, 1);
  // a + (b - a) * random(), in Python arithmetic (ints stay exact until the product).
  return add(*p[0], mul(sub(*p[1], *p[0]), Value::floating(r.gen.random())));
}

Value r_triangular(Args& a, void*) {
  RandomObj& r = self_of(a, "triangular");
  auto p = bind_args(a, "Random.triangular", {"low", "high", "mode"}, 0, 1);
  double low = p[0] ? to_double(*p[0]) : 0.0, high = p[1] ? to_double(*p[1]) : 1.0;
  double u = r.gen.random();
  double c = 0.5;
  if (p[2] && !p[2]->is_none()) {
    if (high - low == 0) return p[0] ? *p[0] : Value::floating(low);
    c = (to_double(*p[2]) - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return Value::floating(low + (high - low) * std::sqrt(u * c));
}

// Kinderman and Monahan's ratio method, as random.normalvariate.
double normal(PyRandom& gen, double mu, double sigma) {
  static const double kMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = gen.random();
    double u2 = 1.0 - gen.random();
    z = kMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

Value r_normalvariate(Args& a, void*) {
  RandomObj& r = self_of(a, "normalvariate");
  auto p = bind_args(a, "Random.normalvariate", {"mu", "sigma"}, 0, 1);
  return Value::floating(normal(r.gen, p[0] ? to_double(*p[0]) : 0.0, p[1] ? to_double(*p[1]) : 1.0));
}

Value r_lognormvariate(Args& a, void*) {
  RandomObj& r = self_of(a, "lognormvariate");
  auto p = bind_args(a, "Random.lognormvariate", {"mu", "sigma"}, 2, 1);
  return Value::floating(std::exp(normal(r.gen, to_double(*p[0]), to_double(*p[1]))));
}

// Box-Muller, keeping the second value of each pair for the next call.
Value r_gauss(Args& a, void*) {
  RandomObj& r = self_of(a, "gauss");
  auto p = bind_args(a, "Random.gauss", {"mu", "sigma"}, 0, 1);
  double mu = p[0] ? to_double(*p[0]) : 0.0, sigma = p[1] ? to_double(*p[1]) : 1.0;
  Value z = std::exchange(r.gauss_next, Value());
  if (z.is_none()) {
    double x2pi = r.gen.random() * (2 * M_PI);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - r.gen.random()));
    z = Value::floating(std::cos(x2pi) * g2rad);
    r.gauss_next = Value::floating(std::sin(x2pi) * g2rad);
  }
  return Value::floating(mu + z.as_float() * sigma);
}

Value r_expovariate(Args& a, void*) {
  RandomObj& r = self_of(a, "expovariate");
  auto p = bind_args(a, "Random.expovariate", {"lambd"}, 1, 1);
  double lambd = to_double(*p[0]);
  double u = r.gen.random();
  if (lambd == 0) raise(types().ZeroDivisionError, "float division by zero");
  return Value::floating(-std::log(1.0 - u) / lambd);
}

Value r_paretovariate(Args& a, void*) {
  RandomObj& r = self_of(a, "paretovariate");
  auto p = bind_args(a, "Random.paretovariate", {"alpha"}, 1, 1);
  double u = 1.0 - r.gen.random();
  double alpha = to_double(*p[0]);
  if (alpha == 0) raise(types().ZeroDivisionError, "float division by zero");
  return Value::floating(std::pow(u, -1.0 / alpha));
}

Value r_weibullvariate(Args& a, void*) {
  RandomObj& r = self_of(a, "weibullvariate");
  auto p = bind_args(a, "Random.weibullvariate", {"alpha", "beta"}, 2, 1);
  double u = 1.0 - r.gen.random();
  double beta = to_double(*p[1]);
  if (beta == 0) raise(types().ZeroDivisionError, "float division by zero");
  return Value::floating(to_double(*p[0]) * std::pow(-std::log(u), 1.0 / beta));
}

// Cheng's and Marsaglia's rejection methods, as random.gammavariate.
double gamma(PyRandom& gen, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    static const double kLog4 = std::log(4.0), kSgMagic = 1.0 + std::log(4.5);
    double ainv = std::sqrt(2.0 * alpha - 1.0), bbb = alpha - kLog4, ccc = alpha + ainv;
    for (;;) {
      double u1 = gen.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - gen.random();
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagic - 4.5 * z >= 0.0 || r >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - gen.random()) * beta;
  double x;
  for (;;) {
    double u = gen.random();
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    double u1 = gen.random();
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return x * beta;
}

Value r_gammavariate(Args& a, void*) {
  RandomObj& r = self_of(a, "gammavariate");
  auto p = bind_args(a, "Random.gammavariate", {"alpha", "beta"}, 2, 1);
  return Value::floating(gamma(r.gen, to_double(*p[0]), to_double(*p[1])));
}

Value r_betavariate(Args& a, void*) {
  RandomObj& r = self_of(a, "betavariate");
  auto p = bind_args(a, "Random.betavariate", {"alpha", "beta"}, 2, 1);
  double y = gamma(r.gen, to_double(*p[0]), 1.0);
  if (y == 0) return Value::floating(0.0);
  return Value::floating(y / (y + gamma(r.gen, to_double(*p[1]), 1.0)));
}

// Best and Fisher's method, as random.vonmisesvariate.
Value r_vonmisesvariate(Args& a, void*) {
  RandomObj& r = self_of(a, "vonmisesvariate");
  auto p = bind_args(a, "Random.vonmisesvariate", {"mu", "kappa"}, 2, 1);
  double mu = to_double(*p[0]), kappa = to_double(*p[1]);
  const double two_pi = 2.0 * M_PI;
  if (kappa <= 1e-6) return Value::floating(two_pi * r.gen.random());
  double s = 0.5 / kappa;
  double rr = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = r.gen.random();
    z = std::cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = r.gen.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = r.gen.random();
  double theta = u3 > 0.5 ? mu + std::acos(f) : mu - std::acos(f);
  return Value::floating(float_mod(theta, two_pi));
}

// getstate(): (3, the 624 words and the position, gauss_next), as CPython's.
Value r_getstate(Args& a, void*) {
  RandomObj& r = self_of(a, "getstate");
  check_args("getstate", a, 1, 1);
  std::vector<uint32_t> state = r.gen.state_words();
  std::vector<Value> words;
  words.reserve(state.size() + 1);
  for (uint32_t w : state) words.push_back(Value::integer(w));
  words.push_back(Value::integer(r.gen.state_index()));
  return new_tuple({Value::integer(3), new_tuple(std::move(words)), r.gauss_next});
}

Value r_setstate(Args& a, void*) {
  RandomObj& r = self_of(a, "setstate");
  check_args("setstate", a, 2, 2);
  std::vector<Value> state = to_vector(a[1]);
  // Version 2 states (Python 2.x) hold the same words, possibly as negative ints.
  bool v2 = !state.empty() && values_equal(state[0], Value::integer(2));
  if (state.empty() || (!v2 && !values_equal(state[0], Value::integer(3))))
    value_error("state with version " + (state.empty() ? std::string("?") : repr(state[0])) +
                " passed to Random.setstate() of version 3");
  if (state.size() != 3)
    value_error("too many values to unpack (expected 3)");
  if (type_of(state[1]) != types().tuple) type_error("state vector must be a tuple");
  const auto& items = as<Tuple>(state[1])->items;
  if (items.size() != PyRandom::kStateWords + 1) value_error("state vector is the wrong size");
  std::vector<uint32_t> words;
  for (int i = 0; i < PyRandom::kStateWords; ++i) {
    BigInt w = integer_or_error(items[static_cast<size_t>(i)]);
    if (v2) w = BigInt::mod(w, BigInt::shl(BigInt(1), 32));
    if (w.sign() < 0 || w.bit_length() > 32) raise(types().OverflowError, "Python int too large to convert to C unsigned long");
    words.push_back(static_cast<uint32_t>(w.to_int64()));
  }
  int64_t index = index_of(items.back());
  if (index < 0 || index > PyRandom::kStateWords) value_error("invalid state");
  r.gen.set_state(words, static_cast<int>(index));
  r.gauss_next = state[2];
  return Value();
}

struct Method {
  const char* name;
  NativeFn fn;
};
const Method kMethods[] = {
    {"seed", r_seed}, {"random", r_random}, {"uniform", r_uniform}, {"triangular", r_triangular},
    {"randint", r_randint}, {"randrange", r_randrange}, {"choice", r_choice}, {"choices", r_choices},
    {"shuffle", r_shuffle}, {"sample", r_sample}, {"getrandbits", r_getrandbits}, {"randbytes", r_randbytes},
    {"gauss", r_gauss}, {"normalvariate", r_normalvariate}, {"lognormvariate", r_lognormvariate},
    {"expovariate", r_expovariate}, {"paretovariate", r_paretovariate}, {"weibullvariate", r_weibullvariate},
    {"gammavariate", r_gammavariate}, {"betavariate", r_betavariate}, {"vonmisesvariate", r_vonmisesvariate},
    {"getstate", r_getstate}, {"setstate", r_setstate},
};

}  // namespace

void build_random_module(Module* m) {
  Runtime& r = rt();
  Type* random_type = r.make_type("Random", Layout::Native, types().object, random_ctor);
  random_type->module = "random";
  for (const Method& method : kMethods) r.add_method(random_type, method.name, method.fn);
  m->dict->set_str("Random", Value::object(random_type));
  Args no_args;
  r.random_generator = random_ctor(random_type, no_args);
  // The module's functions are the generator's bound methods, as in CPython.
  for (const Method& method : kMethods)
    m->dict->set_str(method.name, Value::object(new BoundMethod(types().bound_method, r.random_generator,
                                                                *random_type->lookup(method.name))));
}

}  // namespace loopscope::lang
