// BigInt against CPython 3.11: thousands of generated cases (tests/lang/data/
// bigint_cases.txt) for arithmetic, bit ops, conversions and hashing, plus
// literal checks of the limits and the int64 fast path.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>

#include "lang/bigint.h"
#include "number_test_data.h"

using namespace loopscope::lang;
using number_test::Mismatches;
using number_test::outcome;

namespace {

class BigIntTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cases_ = new auto(number_test::read_cases("bigint_cases.txt")); }
  static void TearDownTestSuite() { delete cases_; }
  static BigInt num(const std::string& s) { return BigInt::parse(s, 10, 0); }
  // Runs every case whose op is in ops through check.
  template <class F>
  void run(std::initializer_list<const char*> ops, F check) {
    ASSERT_GT(cases_->size(), 1000u) << "missing " << number_test::data_path("bigint_cases.txt");
    Mismatches bad;
    int ran = 0;
    for (const auto& c : *cases_) {
      for (const char* op : ops) {
        if (c[0] == op) {
          check(c, bad);
          ++ran;
        }
      }
    }
    EXPECT_GT(ran, 0);
    EXPECT_EQ(bad.count, 0) << bad.report();
  }
  static std::vector<std::vector<std::string>>* cases_;
};
std::vector<std::vector<std::string>>* BigIntTest::cases_ = nullptr;

}  // namespace

// + - * // % & | ^ and comparison on random values up to 700 bits, both signs.
TEST_F(BigIntTest, BinaryOpsMatchCPython) {
  run({"add", "sub", "mul", "floordiv", "mod", "and", "or", "xor", "cmp"}, [](const auto& c, Mismatches& bad) {
    BigInt a = num(c[1]), b = num(c[2]);
    std::string got = outcome([&] {
      const std::string& op = c[0];
      if (op == "add") return (a + b).to_string(0);
      if (op == "sub") return (a - b).to_string(0);
      if (op == "mul") return (a * b).to_string(0);
      if (op == "floordiv") return BigInt::floordiv(a, b).to_string(0);
      if (op == "mod") return BigInt::mod(a, b).to_string(0);
      if (op == "and") return (a & b).to_string(0);
      if (op == "or") return (a | b).to_string(0);
      if (op == "xor") return (a ^ b).to_string(0);
      return std::to_string(BigInt::compare(a, b));
    });
    bad.check(got, c[3], c[0] + " " + c[1] + " " + c[2]);
  });
}

// int / int is correctly rounded, including subnormal and overflowing results.
TEST_F(BigIntTest, TrueDivisionMatchesCPython) {
  run({"truediv"}, [](const auto& c, Mismatches& bad) {
    std::string got = outcome([&] { return number_test::double_to_bits(BigInt::truediv(num(c[1]), num(c[2]))); });
    bad.check(got, c[3], "truediv " + c[1] + " " + c[2]);
  });
}

// << and >> floor for negatives; ** and pow(a, e, m) with the modulus' sign,
// negative e through the modular inverse.
TEST_F(BigIntTest, ShiftsAndPowersMatchCPython) {
  run({"shl", "shr", "pow", "powmod"}, [](const auto& c, Mismatches& bad) {
    std::string got = outcome([&] {
      BigInt a = num(c[1]);
      if (c[0] == "shl") return BigInt::shl(a, std::stoll(c[2])).to_string(0);
      if (c[0] == "shr") return BigInt::shr(a, std::stoll(c[2])).to_string(0);
      if (c[0] == "pow") return BigInt::pow(a, num(c[2])).to_string(0);
      return BigInt::pow_mod(a, num(c[2]), num(c[3])).to_string(0);
    });
    bad.check(got, c[0] == "powmod" ? c[4] : c[3], c[0] + " " + c[1] + " " + c[2]);
  });
}

// hex/oct/bin, ~, abs, bit_length, hash and float() of one value.
TEST_F(BigIntTest, UnaryConversionsMatchCPython) {
  run({"unary"}, [](const auto& c, Mismatches& bad) {
    BigInt a = num(c[1]);
    bad.check(a.to_hex(), c[2], "hex " + c[1]);
    bad.check(a.to_oct(), c[3], "oct " + c[1]);
    bad.check(a.to_bin(), c[4], "bin " + c[1]);
    bad.check((~a).to_string(0), c[5], "invert " + c[1]);
    bad.check(a.abs().to_string(0), c[6], "abs " + c[1]);
    bad.check(std::to_string(a.bit_length()), c[7], "bit_length " + c[1]);
    bad.check(std::to_string(a.hash()), c[8], "hash " + c[1]);
    bad.check(outcome([&] { return number_test::double_to_bits(a.to_double()); }), c[9], "float " + c[1]);
  });
}

// int(text, base): prefixes, underscores, whitespace, base 0 rules, digit limit.
TEST_F(BigIntTest, ParseMatchesCPython) {
  run({"parse"}, [](const auto& c, Mismatches& bad) {
    std::string text = number_test::unhex(c[1]);
    std::string got = outcome([&] { return BigInt::parse(text, std::stoi(c[2])).to_hex(); });
    std::string want = c[3];
    // The message quotes repr(text); ours quotes the raw text, so compare kinds only for errors.
    if (want[0] == '!' && want.find("invalid literal") != std::string::npos) {
      bad.check(got.substr(0, got.find(':')), want.substr(0, want.find(':')), "parse " + text);
      bad.check(got.find("invalid literal for int() with base " + c[2]) != std::string::npos ? "ok" : got, "ok", "parse msg");
    } else {
      bad.check(got, want, "parse " + text.substr(0, 40));
    }
  });
}

// str(int) refuses more than 4300 digits with CPython's message.
TEST_F(BigIntTest, StrDigitLimit) {
  run({"str"}, [](const auto& c, Mismatches& bad) {
    BigInt v = BigInt::pow(BigInt(10), BigInt(std::stoll(c[1]) - 1));
    bad.check(outcome([&] { return std::to_string(v.to_string().size()); }), c[2], "str 10**" + c[1]);
  });
}

// The VM's fast path reports int64 overflow instead of wrapping.
TEST(BigIntFastPathTest, CheckedOpsDetectOverflow) {
  int64_t r;
  EXPECT_TRUE(checked_add(1, 2, &r));
  EXPECT_EQ(r, 3);
  EXPECT_FALSE(checked_add(INT64_MAX, 1, &r));
  EXPECT_FALSE(checked_sub(INT64_MIN, 1, &r));
  EXPECT_FALSE(checked_mul(int64_t{1} << 32, int64_t{1} << 31, &r));
  BigInt big = BigInt(INT64_MAX) + BigInt(1);
  EXPECT_FALSE(big.fits_int64());
  EXPECT_TRUE((-big).fits_int64());
  EXPECT_EQ((-big).to_int64(), INT64_MIN);
}

// 10**10**5 is computed quickly; 10**10**7 is refused before any work.
TEST(BigIntLimitsTest, HugePowersAreFastOrRefused) {
  auto start = std::chrono::steady_clock::now();
  BigInt v = BigInt::pow(BigInt(10), BigInt(100000));
  EXPECT_EQ(v.to_string(0).size(), 100001u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  try {
    BigInt::pow(BigInt(10), BigInt(10000000));
    FAIL() << "10**10**7 should be refused by the default size limit";
  } catch (const NumberError& e) {
    EXPECT_EQ(e.kind(), NumberError::Kind::Memory);
  }
  EXPECT_THROW(BigInt::shl(BigInt(1), int64_t{1} << 40), NumberError);
}

// int(float) truncates; inf and nan raise CPython's errors.
TEST(BigIntFloatTest, FromDouble) {
  EXPECT_EQ(BigInt::from_double(-2.5).to_string(), "-2");
  EXPECT_EQ(BigInt::from_double(1e20).to_string(), "100000000000000000000");
  EXPECT_EQ(BigInt::from_double(-0.0).to_string(), "0");
  EXPECT_EQ(outcome([] { return BigInt::from_double(1.0 / 0.0).to_string(); }),
            "!OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(outcome([] { return BigInt::from_double(std::nan("")).to_string(); }),
            "!ValueError: cannot convert float NaN to integer");
}

// hash(-1) == -2 and the hash is periodic modulo 2**61 - 1 (values from CPython 3.11).
TEST(BigIntHashTest, SpecialValues) {
  EXPECT_EQ(BigInt(-1).hash(), -2);
  EXPECT_EQ(BigInt(-2).hash(), -2);
  EXPECT_EQ(BigInt::shl(BigInt(1), 61).hash(), 1);
  EXPECT_EQ((BigInt::shl(BigInt(1), 61) - BigInt(1)).hash(), 0);
}
