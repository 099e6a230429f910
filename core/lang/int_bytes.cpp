// int.to_bytes and int.from_bytes (CPython 3.11: length and byteorder default to 1
// and "big"; signed= for two's complement), over BigInt's little-endian 32-bit words.
#include <string>
#include <vector>

#include "lang/bigint.h"
#include "lang/interp_state.h"
#include "lang/modules/module_util.h"
#include "lang/numeric.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

bool little_endian(const Value* order) {
  if (!order) return false;
  if (!is_str(*order)) type_error("to_bytes() argument 'byteorder' must be str, not " + type_name(*order));
  const std::string& s = str_of(*order);
  if (s == "little") return true;
  if (s == "big") return false;
  value_error("byteorder must be either 'little' or 'big'");
}

Value int_to_bytes(Args& a, void*) {
  auto p = bind_args(a, "to_bytes", {"length", "byteorder", "*", "signed"}, 0, 1);
  int64_t length = p[0] ? index_of(*p[0]) : 1;
  if (length < 0) value_error("length argument must be non-negative");
  bool little = little_endian(p[1]);
  bool is_signed = p[2] && truthy(*p[2]);
  BigInt v = to_bigint(a[0]);
  if (v.is_negative()) {
    if (!is_signed) raise(types().OverflowError, "can't convert negative int to unsigned");
    v = v + BigInt::shl(BigInt::from_uint64(1), 8 * length);  // two's complement
    if (v.is_negative()) raise(types().OverflowError, "int too big to convert");
  } else if (is_signed && length > 0 && v.bit_length() >= static_cast<size_t>(8 * length)) {
    raise(types().OverflowError, "int too big to convert");
  }
  if (v.bit_length() > static_cast<uint64_t>(8 * length)) raise(types().OverflowError, "int too big to convert");
  const std::vector<uint32_t>& words = v.words();
  std::string out(static_cast<size_t>(length), '\0');  // little-endian first
  for (size_t i = 0; i < out.size() && i / 4 < words.size(); ++i)
    out[i] = static_cast<char>((words[i / 4] >> (8 * (i % 4))) & 0xff);
  if (!little) out.assign(out.rbegin(), out.rend());
  return new_bytes(std::move(out));
}

// int.from_bytes(bytes, byteorder="big", *, signed=False), a classmethod.
Value int_from_bytes(Args& a, void*) {
  auto p = bind_args(a, "from_bytes", {"bytes", "byteorder", "*", "signed"}, 1, 1);
  std::string data;
  if (type_of(*p[0])->layout == Layout::Bytes) {
    data = as<Bytes>(*p[0])->s;
  } else if (is_str(*p[0]) || is_number(*p[0]) || p[0]->is_none()) {
    type_error("cannot convert '" + type_name(*p[0]) + "' object to bytes");  // as bytes(x) would
  } else {
    for (const Value& v : to_vector(*p[0])) {
      int64_t byte = index_of(v);
      if (byte < 0 || byte > 255) value_error("bytes must be in range(0, 256)");
      data += static_cast<char>(byte);
    }
  }
  if (!little_endian(p[1])) data.assign(data.rbegin(), data.rend());  // little-endian from here
  std::vector<uint32_t> words((data.size() + 3) / 4, 0);
  for (size_t i = 0; i < data.size(); ++i)
    words[i / 4] |= static_cast<uint32_t>(static_cast<unsigned char>(data[i])) << (8 * (i % 4));
  BigInt v = BigInt::from_words(words, false);
  if (p[2] && truthy(*p[2]) && !data.empty() && (static_cast<unsigned char>(data.back()) & 0x80))
    v = v - BigInt::shl(BigInt::from_uint64(1), 8 * static_cast<int64_t>(data.size()));
  return new_int(v);
}

}  // namespace

void install_int_bytes(Runtime& r) {
  r.add_method(r.types.int_, "to_bytes", int_to_bytes);
  r.types.int_->dict->set(intern("from_bytes"),
                          Value::object(new MethodWrapper(r.types.classmethod, make_native("from_bytes", int_from_bytes))));
}

}  // namespace loopscope::lang
