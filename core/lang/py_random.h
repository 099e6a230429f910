// PyRandom: CPython's random.Random, bit for bit: the MT19937 generator, seeding
// from an int (init_by_array over the absolute value's 32-bit words), random(),
// getrandbits, and the 3.11 algorithms of randrange/randint/choice/shuffle/sample
// built on _randbelow_with_getrandbits. Seeding from str/bytes (sha512) is not done.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "lang/bigint.h"

namespace loopscope::lang {

class PyRandom {
 public:
  explicit PyRandom(const BigInt& seed = BigInt(0)) { seed_int(seed); }
  // random.seed(n) for an int n (the sign is ignored, like CPython).
  void seed_int(const BigInt& n);
  // One raw 32-bit output of MT19937 (genrand_uint32).
  uint32_t next_u32();
  // random(): 53 random bits as a float in [0, 1).
  double random();
  // getrandbits(k) for k >= 0; ValueError for k < 0.
  BigInt getrandbits(int64_t k);
  uint64_t getrandbits64(int k);  // fast path for 0 <= k <= 64
  // _randbelow(n) for n >= 1: rejection sampling on n.bit_length() bits.
  uint64_t randbelow(uint64_t n);
  BigInt randbelow(const BigInt& n);
  // randrange(start, stop, step) (stop absent: randrange(start)); ValueError on empty ranges.
  int64_t randrange(int64_t stop);
  int64_t randrange(int64_t start, int64_t stop, int64_t step = 1);
  // randint(a, b) == randrange(a, b + 1), computed without int64 overflow.
  int64_t randint(int64_t a, int64_t b);
  // choice(seq): the index CPython picks; IndexError kind on an empty sequence.
  size_t choice_index(size_t len);
  // shuffle(x) in place, CPython 3.11 order of swaps.
  template <class T>
  void shuffle(std::vector<T>& x) {
    for (size_t i = x.size(); i-- > 1;) {
      size_t j = static_cast<size_t>(randbelow(static_cast<uint64_t>(i) + 1));
      std::swap(x[i], x[j]);
    }
  }
  // sample(population, k): the indices into the population CPython selects, in order.
  std::vector<size_t> sample_indices(size_t n, int64_t k);
  // uniform(a, b) = a + (b - a) * random().
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // getstate()/setstate(): the 624 words of the generator and the position in them
  // (0..624), as CPython's internal state tuple holds them.
  std::vector<uint32_t> state_words() const { return std::vector<uint32_t>(mt_, mt_ + N); }
  int state_index() const { return index_; }
  void set_state(const std::vector<uint32_t>& words, int index) {
    for (int i = 0; i < N; ++i) mt_[i] = words[static_cast<size_t>(i)];
    index_ = index;
  }
  static constexpr int kStateWords = 624;

 private:
  void init_genrand(uint32_t s);
  void init_by_array(const std::vector<uint32_t>& key);
  void twist();

  static constexpr int N = 624;
  static constexpr int M = 397;
  uint32_t mt_[N];
  int index_ = N;
};

}  // namespace loopscope::lang
