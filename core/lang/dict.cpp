// dict's hash table: entries in insertion order plus an open-addressing index
// (linear probing), rebuilt at 2/3 load. Keys compare by identity first, then
// by hash and Python equality.
#include <cstring>

#include "lang/runtime.h"

namespace loopscope::lang {

static bool key_equal(const Value& a, int64_t ha, const Value& b, int64_t hb) {
  if (a.is(b)) return true;
  if (ha != hb) return false;
  if (is_str(a) && is_str(b)) return as<Str>(a)->s == as<Str>(b)->s;
  return values_equal(a, b);
}

int64_t Dict::find(const Value& key, int64_t hash) const {
  if (index.empty()) return -1;
  size_t mask = index.size() - 1;
  for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
    int32_t slot = index[i];
    if (slot == -1) return -1;
    if (slot >= 0) {
      const Entry& e = entries[static_cast<size_t>(slot)];
      if (key_equal(e.key, e.hash, key, hash)) return slot;
    }
  }
}

void Dict::rebuild(size_t capacity) {
  // Compact the entries, then re-index.
  if (static_cast<int64_t>(entries.size()) != count) {
    std::vector<Entry> live;
    live.reserve(static_cast<size_t>(count));
    for (auto& e : entries)
      if (e.used) live.push_back(std::move(e));
    entries.swap(live);
  }
  size_t n = 8;
  while (n < capacity * 3 / 2 + 1) n <<= 1;
  index.assign(n, -1);
  size_t mask = n - 1;
  for (size_t k = 0; k < entries.size(); ++k) {
    size_t i = static_cast<size_t>(entries[k].hash) & mask;
    while (index[i] != -1) i = (i + 1) & mask;
    index[i] = static_cast<int32_t>(k);
  }
}

const Value* Dict::get(const Value& key) const {
  int64_t h = hash_value(key);
  int64_t i = find(key, h);
  return i < 0 ? nullptr : &entries[static_cast<size_t>(i)].value;
}

int64_t Dict::slot_of(const Value& key) const { return find(key, hash_value(key)); }

Value* Dict::get_mut(const Value& key) {
  int64_t h = hash_value(key);
  int64_t i = find(key, h);
  return i < 0 ? nullptr : &entries[static_cast<size_t>(i)].value;
}

void Dict::set(const Value& key, Value value) {
  int64_t h = hash_value(key);
  int64_t i = find(key, h);
  if (i >= 0) {
    entries[static_cast<size_t>(i)].value = std::move(value);
    return;
  }
  if ((entries.size() + 1) * 3 >= index.size() * 2) rebuild(static_cast<size_t>(count + 1) * 2);
  entries.push_back({key, std::move(value), h, true});
  size_t mask = index.size() - 1;
  size_t k = static_cast<size_t>(h) & mask;
  while (index[k] >= 0) k = (k + 1) & mask;
  index[k] = static_cast<int32_t>(entries.size() - 1);
  ++count;
  ++version;
}

bool Dict::erase(const Value& key, Value* old) {
  if (index.empty()) return false;
  int64_t h = hash_value(key);
  size_t mask = index.size() - 1;
  for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
    int32_t slot = index[i];
    if (slot == -1) return false;
    if (slot >= 0) {
      Entry& e = entries[static_cast<size_t>(slot)];
      if (key_equal(e.key, e.hash, key, h)) {
        if (old) *old = std::move(e.value);
        e.key = Value();
        e.value = Value();
        e.used = false;
        index[i] = -2;
        --count;
        ++version;
        return true;
      }
    }
  }
}

void Dict::clear() {
  // The values die after the dict is empty: a destructor they run (a coroutine never
  // awaited reporting itself) finds a consistent dict.
  std::vector<Entry> old = std::move(entries);
  entries.clear();
  index.clear();
  count = 0;
  ++version;
}

const Value* Dict::get_str(std::string_view key) const {
  if (index.empty()) return nullptr;
  return get(intern(key));
}

void Dict::set_str(std::string_view key, Value value) { set(intern(key), std::move(value)); }


}  // namespace loopscope::lang
