// _os: what the os module (pylib/os.py) needs from the host. urandom's bytes are the
// host's entropy in real time; in deterministic mode they come from a generator of
// their own seeded with the run's seed, so a run prints the same bytes every time
// (CPython's are always random: such output never matches the oracle anyway).
// The environment, process id and working directory are the host's natively; in the
// browser emscripten's (an empty-ish environment, pid 42, "/").
#include <cstdlib>
#include <random>
#include <thread>

#include "lang/modules/module_util.h"
#include "lang/numeric.h"
#include "lang/py_random.h"
#include "lang/runtime_state.h"

#if defined(__unix__) || defined(__EMSCRIPTEN__)
#include <unistd.h>
extern char** environ;
#endif

namespace loopscope::lang {

namespace {

// The deterministic mode's source of urandom bytes: an object the module holds, so it
// lives exactly as long as the functions that use it (one per run's runtime).
class UrandomSource : public NativeObject {
 public:
  UrandomSource(Type* t, uint64_t seed) : NativeObject(t), gen(BigInt::from_uint64(seed)) {}
  PyRandom gen;
};

Value os_urandom(Args& a, void* data) {
  check_args("urandom", a, 1, 1);
  if (!is_int_like(a[0])) type_error("'" + type_name(a[0]) + "' object cannot be interpreted as an integer");
  int64_t n = index_of(a[0]);
  if (n < 0) value_error("negative argument not allowed");
  std::string bytes(static_cast<size_t>(n), '\0');
  if (rt().options.virtual_time) {
    PyRandom& gen = static_cast<UrandomSource*>(data)->gen;
    for (char& c : bytes) c = static_cast<char>(gen.next_u32() & 0xff);
  } else {
    std::random_device device;
    for (char& c : bytes) c = static_cast<char>(device() & 0xff);
  }
  return new_bytes(std::move(bytes));
}

Value os_getpid(Args& a, void*) {
  check_args("getpid", a, 0, 0);
#if defined(__unix__) || defined(__EMSCRIPTEN__)
  return Value::integer(static_cast<int64_t>(::getpid()));
#else
  return Value::integer(1);
#endif
}

Value os_cpu_count(Args& a, void*) {
  check_args("cpu_count", a, 0, 0);
  unsigned n = std::thread::hardware_concurrency();
  return n ? Value::integer(n) : Value();
}

Value os_getcwd(Args& a, void*) {
  check_args("getcwd", a, 0, 0);
#if defined(__unix__) || defined(__EMSCRIPTEN__)
  char buf[4096];
  if (::getcwd(buf, sizeof buf)) return new_str(buf);
#endif
  return new_str("/");
}

Value environment() {
  Value env = new_dict();
#if defined(__unix__) || defined(__EMSCRIPTEN__)
  for (char** p = environ; p && *p; ++p) {
    std::string entry(*p);
    size_t eq = entry.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    as<Dict>(env)->set(new_str(entry.substr(0, eq)), new_str(entry.substr(eq + 1)));
  }
#endif
  return env;
}

}  // namespace

void build_os_natives(Module* m) {
  Type* source_type = rt().make_type("urandom_source", Layout::Native, types().object, nullptr);
  source_type->module = "_os";
  auto* source = new UrandomSource(source_type, rt().options.seed ^ 0x5eed0055u);
  m->dict->set_str("_urandom_source", Value::object(source));
  add_function(m, "urandom", os_urandom, source);
  add_function(m, "getpid", os_getpid);
  add_function(m, "cpu_count", os_cpu_count);
  add_function(m, "getcwd", os_getcwd);
  m->dict->set_str("environ", environment());
}

}  // namespace loopscope::lang
