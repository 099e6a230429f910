// StringTable: interning with a hash map keyed by views into its own storage.
#include "trace/string_table.h"

namespace loopscope {

namespace {
// A rough per-entry cost: the deque slot and one hash node with its bucket.
constexpr size_t kEntryOverhead = sizeof(std::string) + 48;
}  // namespace

StringTable::StringTable() { clear(); }

uint32_t StringTable::intern(std::string_view text) {
  if (text.empty()) return 0;
  auto it = ids_.find(text);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(strings_.size());
  const std::string& stored = strings_.emplace_back(text);
  ids_.emplace(std::string_view(stored), id);
  memory_ += kEntryOverhead + (stored.size() > 15 ? stored.capacity() + 1 : 0);
  return id;
}

std::string_view StringTable::get(uint32_t id) const {
  return id < strings_.size() ? std::string_view(strings_[id]) : std::string_view();
}

void StringTable::clear() {
  ids_.clear();
  strings_.clear();
  strings_.emplace_back();  // id 0: ""
  memory_ = kEntryOverhead;
}

}  // namespace loopscope
