// str.encode and bytes.decode for the codecs programs use: UTF-8, ASCII and
// Latin-1 (with their common aliases), and the error handlers strict, ignore,
// replace and (encoding) backslashreplace, with CPython's exceptions and messages.
#pragma once

#include <string>

#include "lang/objects.h"

namespace loopscope::lang {

// `text` (UTF-8) encoded; raises LookupError or UnicodeEncodeError as CPython.
std::string encode_text(const std::string& text, const std::string& encoding, const std::string& errors);
// `bytes` decoded to UTF-8; raises LookupError or UnicodeDecodeError as CPython.
std::string decode_bytes(const std::string& bytes, const std::string& encoding, const std::string& errors);

// The str argument `name` of encode/decode (positional at `index` or by keyword),
// `dflt` when absent; a TypeError naming `fname` when it is not a str.
std::string codec_arg(Args& a, size_t index, const char* name, const char* fname, const char* dflt);

}  // namespace loopscope::lang
