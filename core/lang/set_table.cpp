// CPython's set table (see set_table.h): set_lookkey, set_add_entry,
// set_insert_clean, set_table_resize, set_merge, set_pop and frozenset_hash.
#include "lang/set_table.h"

#include "lang/runtime.h"

namespace loopscope::lang {

size_t SetTable::lookup(const Value& key, int64_t hash) const {
restart:
  size_t mask = this->mask(), i = static_cast<size_t>(static_cast<uint64_t>(hash) & mask);
  uint64_t perturb = static_cast<uint64_t>(hash);  // 64 bits on wasm32 too, as CPython's size_t
  for (;;) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      const Entry& e = entries[j];
      if (!e.used && !e.dummy) return j;
      if (e.used && e.hash == hash) {
        if (e.key.is(key)) return j;
        const Entry* before = entries.data();
        Value stored = e.key;  // kept alive across __eq__
        bool equal = values_equal(stored, key);
        // __eq__ changed the table: start over.
        if (entries.data() != before || entries.size() != mask + 1 || !entries[j].used || !entries[j].key.is(stored))
          goto restart;
        if (equal) return j;
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
  }
}

bool SetTable::contains_entry(const Value& key, int64_t hash) const { return entries[lookup(key, hash)].used; }

void SetTable::add_entry(const Value& key, int64_t hash) {
restart:
  size_t mask = this->mask(), i = static_cast<size_t>(static_cast<uint64_t>(hash) & mask);
  uint64_t perturb = static_cast<uint64_t>(hash);  // 64 bits on wasm32 too, as CPython's size_t
  Entry* free_slot = nullptr;  // the last dummy seen: a new key goes there
  for (;;) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i;; ++j) {
      Entry& e = entries[j];
      if (!e.used && !e.dummy) {
        ++count;
        if (free_slot) {
          *free_slot = Entry{key, hash, true, false};
          return;
        }
        e = Entry{key, hash, true, false};
        ++fill;
        if (static_cast<size_t>(fill) * 5 >= mask * 3) resize(count > 50000 ? count * 2 : count * 4);
        return;
      }
      if (e.used && e.hash == hash) {
        if (e.key.is(key)) return;
        const Entry* before = entries.data();
        Value stored = e.key;
        bool equal = values_equal(stored, key);
        if (equal) return;
        if (entries.data() != before || entries.size() != mask + 1 || !entries[j].used || !entries[j].key.is(stored))
          goto restart;
      } else if (e.dummy) {
        free_slot = &e;
      }
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
  }
}

bool SetTable::discard_entry(const Value& key, int64_t hash) {
  Entry& e = entries[lookup(key, hash)];
  if (!e.used) return false;
  Value old = std::move(e.key);  // released after the table is consistent
  e = Entry{Value(), -1, false, true};
  --count;
  return true;
}

void SetTable::clear() {
  std::vector<Entry> old(kMinSize);
  old.swap(entries);  // keys are released after the table is empty
  count = fill = 0;
}

void SetTable::insert_clean(std::vector<Entry>& table, const Value& key, int64_t hash) {
  size_t mask = table.size() - 1, i = static_cast<size_t>(static_cast<uint64_t>(hash) & mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    if (!table[i].used) {
      table[i] = Entry{key, hash, true, false};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j)
        if (!table[i + j].used) {
          table[i + j] = Entry{key, hash, true, false};
          return;
        }
    }
    perturb >>= 5;
    i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
  }
}

void SetTable::resize(int64_t min_used) {
  size_t size = kMinSize;
  while (size <= static_cast<size_t>(min_used)) size <<= 1;
  if (size == entries.size() && fill == count) return;  // same size, no dummies
  std::vector<Entry> table(size);
  for (Entry& e : entries)
    if (e.used) insert_clean(table, e.key, e.hash);
  entries.swap(table);
  fill = count;
}

void SetTable::merge(const SetTable& other) {
  if (&other == this || other.count == 0) return;
  if (static_cast<size_t>(fill + other.count) * 5 >= mask() * 3) resize((count + other.count) * 2);
  if (fill == 0 && entries.size() == other.entries.size() && other.fill == other.count) {
    for (size_t i = 0; i < entries.size(); ++i)
      if (other.entries[i].used) entries[i] = other.entries[i];
    fill = count = other.count;
    return;
  }
  if (fill == 0) {
    for (const Entry& e : other.entries)
      if (e.used) insert_clean(entries, e.key, e.hash);
    fill = count = other.count;
    return;
  }
  // Keys in common are possible: normal insertions (a copy: __eq__ may change `other`).
  std::vector<Entry> keys;
  for (const Entry& e : other.entries)
    if (e.used) keys.push_back(e);
  for (const Entry& e : keys) add_entry(e.key, e.hash);
}

Value SetTable::pop() {
  size_t i = finger_ & mask();
  while (!entries[i].used) i = i == mask() ? 0 : i + 1;
  Value key = std::move(entries[i].key);
  entries[i] = Entry{Value(), -1, false, true};
  --count;
  finger_ = i + 1;
  return key;
}

void SetTable::shrink_dummies() {
  if (static_cast<size_t>(fill - count) > mask() / 4) resize(count > 50000 ? count * 2 : count * 4);
}

int64_t SetTable::frozen_hash() const {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (const Entry& e : entries)
    if (e.used) hash ^= shuffle(static_cast<uint64_t>(e.hash));
  hash ^= (static_cast<uint64_t>(count) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

}  // namespace loopscope::lang
