// OSError as CPython builds it: OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) fills errno/strerror/filename/filename2, keeps only (errno, strerror)
// in args when a filename is given, prints "[Errno 2] No such file: 'x'", and
// OSError itself picks the subclass for a known errno (2 -> FileNotFoundError).
#include "lang/os_error.h"

#include "lang/repr.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

const char* const kFieldNames[] = {"errno", "strerror", "filename", "filename2"};

// The subclasses of OSError by errno (Linux numbers), as in CPython's errnomap.
struct ErrnoClass {
  int errno_value;
  const char* type_name;
};
const ErrnoClass kErrnoClasses[] = {
    {11, "BlockingIOError"},         {114, "BlockingIOError"},        {115, "BlockingIOError"},
    {10, "ChildProcessError"},       {32, "BrokenPipeError"},         {108, "BrokenPipeError"},
    {103, "ConnectionAbortedError"}, {111, "ConnectionRefusedError"}, {104, "ConnectionResetError"},
    {17, "FileExistsError"},         {2, "FileNotFoundError"},        {21, "IsADirectoryError"},
    {20, "NotADirectoryError"},      {4, "InterruptedError"},         {13, "PermissionError"},
    {1, "PermissionError"},          {3, "ProcessLookupError"},       {110, "TimeoutError"},
};

// OSError.__init__: parses the errno form of the arguments.
Value os_error_init(Args& a, void*) {
  auto* e = as<ExceptionObj>(a[0]);
  std::vector<Value> args(a.pos + 1, a.pos + a.n);
  e->os_error_fields = Value();
  if (args.size() >= 2 && args.size() <= 5) {
    Value filename = args.size() >= 3 ? args[2] : Value();
    Value filename2 = args.size() >= 5 ? args[4] : Value();
    e->os_error_fields = new_tuple({args[0], args[1], filename, filename2});
    if (!filename.is_none()) args.resize(2);  // the filename is not part of args
  }
  e->args = new_tuple(std::move(args));
  return Value();
}

}  // namespace

void install_os_error(Runtime& r) {
  Types& T = r.types;
  r.add_method(T.OSError, "__init__", os_error_init);
  Type* connection = T.ConnectionError;
  r.make_exception_type("BlockingIOError", T.OSError);
  r.make_exception_type("ChildProcessError", T.OSError);
  r.make_exception_type("BrokenPipeError", connection);
  r.make_exception_type("ConnectionAbortedError", connection);
  r.make_exception_type("FileExistsError", T.OSError);
  r.make_exception_type("IsADirectoryError", T.OSError);
  r.make_exception_type("NotADirectoryError", T.OSError);
  r.make_exception_type("InterruptedError", T.OSError);
  r.make_exception_type("ProcessLookupError", T.OSError);
  // Old names of OSError itself.
  r.exception_types["IOError"] = T.OSError;
  r.exception_types["EnvironmentError"] = T.OSError;
}

Type* os_error_type_for(Args& args) {
  if (args.n < 2 || args.n > 5 || !args[0].is_int()) return types().OSError;
  for (const ErrnoClass& c : kErrnoClasses)
    if (c.errno_value == args[0].as_int()) return rt().exception_types.at(c.type_name);
  return types().OSError;
}

bool os_error_field(const Value& exc, const std::string& name, Value* out) {
  auto* e = as<ExceptionObj>(exc);
  for (size_t i = 0; i < 4; ++i) {
    if (name != kFieldNames[i]) continue;
    if (const Value* own = e->dict->get_str(name))
      *out = *own;  // assigned later
    else
      *out = e->os_error_fields.is_none() ? Value() : as<Tuple>(e->os_error_fields)->items[i];
    return true;
  }
  return false;
}

bool os_error_str(const Value& exc, std::string* out) {
  Value err, strerror, filename, filename2;
  os_error_field(exc, "errno", &err);
  os_error_field(exc, "strerror", &strerror);
  os_error_field(exc, "filename", &filename);
  os_error_field(exc, "filename2", &filename2);
  if (!filename.is_none()) {
    *out = "[Errno " + str(err) + "] " + str(strerror) + ": " + repr(filename);
    if (!filename2.is_none()) *out += " -> " + repr(filename2);
    return true;
  }
  if (!err.is_none() && !strerror.is_none()) {
    *out = "[Errno " + str(err) + "] " + str(strerror);
    return true;
  }
  return false;
}

}  // namespace loopscope::lang
