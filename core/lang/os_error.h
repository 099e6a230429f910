// OSError's errno form (os_error.cpp): fields, str() and the subclass by errno.
#pragma once

#include <string>

#include "lang/runtime.h"

namespace loopscope::lang {

class Runtime;
// OSError.__init__ and the OSError subclasses CPython maps errno values to.
void install_os_error(Runtime& r);
// OSError(errno, strerror, ...) makes the subclass for errno (FileNotFoundError...).
Type* os_error_type_for(Args& args);
// errno, strerror, filename, filename2 of an OSError (None when not given); false
// for any other name.
bool os_error_field(const Value& exc, const std::string& name, Value* out);
// "[Errno 2] No such file: 'x'"; false when the exception has no errno form.
bool os_error_str(const Value& exc, std::string* out);

}  // namespace loopscope::lang
