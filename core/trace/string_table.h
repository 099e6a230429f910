// StringTable: interns the strings trace events carry (task names, wait labels,
// exception texts, file names) so that an event stores a 4-byte id instead of text.
// Id 0 is always the empty string. Views returned stay valid until clear().
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace loopscope {

class StringTable {
 public:
  StringTable();
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // The id of `text`, adding it on first sight.
  uint32_t intern(std::string_view text);
  // The string with this id; an unknown id reads as the empty string.
  std::string_view get(uint32_t id) const;
  size_t size() const { return strings_.size(); }
  // Approximate heap bytes held (string bytes + per-entry overhead).
  size_t memory_bytes() const { return memory_; }
  void clear();

 private:
  // A deque never moves its elements, so the views used as map keys stay valid.
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, uint32_t> ids_;
  size_t memory_ = 0;
};

}  // namespace loopscope
