// The exceptions of the loop, each carrying its Python type name so that the trace,
// the console and the language runtime can show them as CPython would
// ("CancelledError", "InvalidStateError", "TimeoutError", ...).
#pragma once

#include <exception>
#include <string>
#include <vector>

namespace loopscope {

// Ends a whole run from inside the loop, past every handler: the loop never reports
// it as a failing callback. Deliberately not a std::exception, so no catch-all for
// errors mistakes it for one (the language's RunAborted derives from it).
class LoopAbort {
 public:
  virtual ~LoopAbort() = default;
};

// An error with a Python exception type name and message.
class PyError : public std::exception {
 public:
  PyError(std::string type, std::string message)
      : type_(std::move(type)), message_(std::move(message)) {}
  const char* what() const noexcept override { return message_.c_str(); }
  const std::string& type() const { return type_; }
  const std::string& message() const { return message_; }

 private:
  std::string type_;
  std::string message_;
};

#define LOOPSCOPE_PY_ERROR(Name, PyName)                                        \
  class Name : public PyError {                                                 \
   public:                                                                      \
    explicit Name(std::string message = {}) : PyError(PyName, std::move(message)) {} \
  };

// asyncio.CancelledError (a BaseException in Python: `except Exception` misses it).
LOOPSCOPE_PY_ERROR(CancelledError, "CancelledError")
LOOPSCOPE_PY_ERROR(InvalidStateError, "InvalidStateError")
LOOPSCOPE_PY_ERROR(TimeoutError, "TimeoutError")
LOOPSCOPE_PY_ERROR(QueueEmpty, "QueueEmpty")
LOOPSCOPE_PY_ERROR(QueueFull, "QueueFull")
LOOPSCOPE_PY_ERROR(RuntimeError, "RuntimeError")
LOOPSCOPE_PY_ERROR(ValueError, "ValueError")
// Every task waits and no timer is pending: real asyncio would hang forever.
LOOPSCOPE_PY_ERROR(DeadlockError, "DeadlockError")
// The host asked the loop to stop (the Stop button, a time limit): like Ctrl-C.
LOOPSCOPE_PY_ERROR(Interrupted, "KeyboardInterrupt")

#undef LOOPSCOPE_PY_ERROR

// ExceptionGroup(message, exceptions): str() is "message (N sub-exception[s])" as in
// CPython; a group holding a BaseException (KeyboardInterrupt, CancelledError) is a
// BaseExceptionGroup.
class ExceptionGroup : public PyError {
 public:
  ExceptionGroup(std::string message, std::vector<std::exception_ptr> exceptions, bool base = false);
  const std::vector<std::exception_ptr>& exceptions() const { return exceptions_; }
  const std::string& group_message() const { return group_message_; }

 private:
  std::string group_message_;
  std::vector<std::exception_ptr> exceptions_;
};

// "Type: message" (or just "Type" when the message is empty) for any exception.
std::string describe_exception(const std::exception_ptr& e);
// Just the message of `e` (empty for none).
std::string exception_message(const std::exception_ptr& e);
// True when `e` holds a CancelledError.
bool is_cancelled_error(const std::exception_ptr& e);

}  // namespace loopscope
