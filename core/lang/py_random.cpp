// MT19937 as in Matsumoto and Nishimura's reference (which CPython's _random
// module uses), plus random.py's 3.11 algorithms on top of getrandbits. Every
// consumer of randomness calls the generator exactly as often as CPython does,
// since any extra or missing draw shifts all later values.
#include "lang/py_random.h"

#include <cmath>
#include <unordered_set>

namespace loopscope::lang {

void PyRandom::init_genrand(uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < N; ++i) {
    mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  index_ = N;
}

void PyRandom::init_by_array(const std::vector<uint32_t>& key) {
  init_genrand(19650218u);
  int i = 1;
  size_t j = 0;
  const size_t len = key.size();
  for (size_t k = N > len ? N : len; k > 0; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= N) {
      mt_[0] = mt_[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (int k = N - 1; k > 0; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= N) {
      mt_[0] = mt_[N - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000u;  // guarantees a non-zero initial state
}

void PyRandom::seed_int(const BigInt& n) {
  std::vector<uint32_t> key = n.words();  // the magnitude: CPython seeds with abs(n)
  if (key.empty()) key.push_back(0);
  init_by_array(key);
}

void PyRandom::twist() {
  static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
  int kk = 0;
  for (; kk < N - M; ++kk) {
    uint32_t y = (mt_[kk] & 0x80000000u) | (mt_[kk + 1] & 0x7fffffffu);
    mt_[kk] = mt_[kk + M] ^ (y >> 1) ^ mag01[y & 1];
  }
  for (; kk < N - 1; ++kk) {
    uint32_t y = (mt_[kk] & 0x80000000u) | (mt_[kk + 1] & 0x7fffffffu);
    mt_[kk] = mt_[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
  }
  uint32_t y = (mt_[N - 1] & 0x80000000u) | (mt_[0] & 0x7fffffffu);
  mt_[N - 1] = mt_[M - 1] ^ (y >> 1) ^ mag01[y & 1];
  index_ = 0;
}

uint32_t PyRandom::next_u32() {
  if (index_ >= N) twist();
  uint32_t y = mt_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double PyRandom::random() {
  uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t PyRandom::getrandbits64(int k) {
  if (k <= 0) return 0;
  if (k <= 32) return next_u32() >> (32 - k);
  // Words are drawn low first; the last (high) word keeps only its top bits.
  uint64_t lo = next_u32();
  uint64_t hi = next_u32() >> (64 - k);
  return lo | hi << 32;
}

BigInt PyRandom::getrandbits(int64_t k) {
  if (k < 0) throw NumberError(NumberError::Kind::Value, "number of bits must be non-negative");
  if (k <= 64) return BigInt::from_uint64(getrandbits64(static_cast<int>(k)));
  std::vector<uint32_t> words;
  for (int64_t left = k; left > 0; left -= 32) {
    uint32_t r = next_u32();
    if (left < 32) r >>= 32 - left;
    words.push_back(r);
  }
  return BigInt::from_words(words, false);
}

uint64_t PyRandom::randbelow(uint64_t n) {
  int k = n == 0 ? 0 : 64 - __builtin_clzll(n);
  uint64_t r = getrandbits64(k);
  while (r >= n) r = getrandbits64(k);
  return r;
}

BigInt PyRandom::randbelow(const BigInt& n) {
  int64_t k = static_cast<int64_t>(n.bit_length());
  BigInt r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

int64_t PyRandom::randrange(int64_t stop) {
  if (stop > 0) return static_cast<int64_t>(randbelow(static_cast<uint64_t>(stop)));
  throw NumberError(NumberError::Kind::Value, "empty range for randrange()");
}

int64_t PyRandom::randrange(int64_t start, int64_t stop, int64_t step) {
  // Widths are computed in BigInt so huge int64 ranges cannot overflow.
  BigInt width = BigInt(stop) - BigInt(start);
  if (step == 1) {
    if (width.sign() > 0) return (BigInt(start) + randbelow(width)).to_int64();
    throw NumberError(NumberError::Kind::Value, "empty range for randrange() (" + std::to_string(start) + ", " +
                                                    std::to_string(stop) + ", " + width.to_string() + ")");
  }
  BigInt n;
  if (step > 0) {
    n = BigInt::floordiv(width + BigInt(step) - BigInt(1), BigInt(step));
  } else if (step < 0) {
    n = BigInt::floordiv(width + BigInt(step) + BigInt(1), BigInt(step));
  } else {
    throw NumberError(NumberError::Kind::Value, "zero step for randrange()");
  }
  if (n.sign() <= 0) throw NumberError(NumberError::Kind::Value, "empty range for randrange()");
  return (BigInt(start) + BigInt(step) * randbelow(n)).to_int64();
}

int64_t PyRandom::randint(int64_t a, int64_t b) {
  BigInt width = BigInt(b) - BigInt(a) + BigInt(1);
  if (width.sign() > 0) return (BigInt(a) + randbelow(width)).to_int64();
  throw NumberError(NumberError::Kind::Value, "empty range for randrange() (" + std::to_string(a) + ", " +
                                                  (BigInt(b) + BigInt(1)).to_string() + ", " + width.to_string() + ")");
}

size_t PyRandom::choice_index(size_t len) {
  if (len == 0) throw NumberError(NumberError::Kind::Index, "Cannot choose from an empty sequence");
  return static_cast<size_t>(randbelow(static_cast<uint64_t>(len)));
}

std::vector<size_t> PyRandom::sample_indices(size_t n, int64_t k) {
  if (k < 0 || static_cast<uint64_t>(k) > n) {
    throw NumberError(NumberError::Kind::Value, "Sample larger than population or is negative");
  }
  std::vector<size_t> result(static_cast<size_t>(k));
  // CPython picks a pool copy or a set of taken indices by estimated memory;
  // the choice changes which draws happen, so it must match exactly
  // (including math.log(x, 4) computed as log(x) / log(4)).
  size_t setsize = 21;
  if (k > 5) setsize += static_cast<size_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<size_t> pool(n);
    for (size_t i = 0; i < n; ++i) pool[i] = i;
    for (size_t i = 0; i < result.size(); ++i) {
      size_t j = static_cast<size_t>(randbelow(static_cast<uint64_t>(n - i)));
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::unordered_set<size_t> selected;
    for (size_t i = 0; i < result.size(); ++i) {
      size_t j = static_cast<size_t>(randbelow(static_cast<uint64_t>(n)));
      while (selected.count(j)) j = static_cast<size_t>(randbelow(static_cast<uint64_t>(n)));
      selected.insert(j);
      result[i] = j;
    }
  }
  return result;
}

}  // namespace loopscope::lang
