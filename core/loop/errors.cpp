// Describing caught exceptions in Python's "Type: message" form.
#include "loop/errors.h"

namespace loopscope {

std::string describe_exception(const std::exception_ptr& e) {
  if (!e) return {};
  try {
    std::rethrow_exception(e);
  } catch (const PyError& err) {
    return err.message().empty() ? err.type() : err.type() + ": " + err.message();
  } catch (const std::exception& err) {
    return std::string("Exception: ") + err.what();
  } catch (...) {
    return "Exception: unknown C++ exception";
  }
}

std::string exception_message(const std::exception_ptr& e) {
  if (!e) return {};
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& err) {
    return err.what();
  } catch (...) {
    return {};
  }
}

bool is_cancelled_error(const std::exception_ptr& e) {
  if (!e) return false;
  try {
    std::rethrow_exception(e);
  } catch (const CancelledError&) {
    return true;
  } catch (...) {
    return false;
  }
}

ExceptionGroup::ExceptionGroup(std::string message, std::vector<std::exception_ptr> exceptions, bool base)
    : PyError(base ? "BaseExceptionGroup" : "ExceptionGroup",
              message + " (" + std::to_string(exceptions.size()) +
                  (exceptions.size() == 1 ? " sub-exception)" : " sub-exceptions)")),
      group_message_(std::move(message)),
      exceptions_(std::move(exceptions)) {}

}  // namespace loopscope
