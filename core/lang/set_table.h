// The hash table of set and frozenset, laid out and grown as CPython 3.11's
// (Objects/setobject.c): open addressing, 9 linear probes then perturbation, the same
// resize points and sizes. Iteration walks the slots, so a set of ints (whose hashes
// are CPython's) iterates, prints and pops in CPython's order.
#pragma once

#include <cstdint>
#include <vector>

#include "lang/value.h"

namespace loopscope::lang {

int64_t hash_value(const Value& v);  // runtime.h

class SetTable {
 public:
  struct Entry {
    Value key;
    int64_t hash = 0;
    bool used = false;   // an active key
    bool dummy = false;  // a removed key's slot: probes go on past it
  };
  std::vector<Entry> entries;  // the slots, a power of two (8 at first)
  int64_t count = 0;           // active keys (CPython's `used`)
  int64_t fill = 0;            // active and dummy slots

  SetTable() : entries(kMinSize) {}
  size_t mask() const { return entries.size() - 1; }

  // The hash is computed (and may call __hash__) unless given; comparisons may call
  // __eq__, which may change the table: lookups then start over, as CPython's do.
  bool contains(const Value& key) const { return contains_entry(key, hash_value(key)); }
  bool contains_entry(const Value& key, int64_t hash) const;
  void add(const Value& key) { add_entry(key, hash_value(key)); }
  void add_entry(const Value& key, int64_t hash);
  bool discard(const Value& key) { return discard_entry(key, hash_value(key)); }
  bool discard_entry(const Value& key, int64_t hash);
  void clear();
  // Adds every key of `other` (set_merge: one resize first, slot copies when possible).
  void merge(const SetTable& other);
  // Rebuilds with the smallest table holding more than `min_used` (drops dummies).
  void resize(int64_t min_used);
  // set.pop(): the next active slot from where the last pop stopped; count > 0.
  Value pop();
  // The resize after removals leave over a quarter of the slots dummies.
  void shrink_dummies();
  // frozenset's hash: CPython's, over the slots.
  int64_t frozen_hash() const;

 private:
  static constexpr size_t kMinSize = 8;
  static constexpr size_t kLinearProbes = 9;
  // The slot holding `key`, or the empty slot ending its probe sequence.
  size_t lookup(const Value& key, int64_t hash) const;
  static void insert_clean(std::vector<Entry>& table, const Value& key, int64_t hash);
  size_t finger_ = 0;
};

}  // namespace loopscope::lang
