// PyRandom against CPython 3.11's random module: sequences for several seeds
// (tests/lang/data/random_cases.txt) of random, getrandbits, randint, randrange,
// choice, shuffle, sample and uniform, plus literal values and error messages.
#include <gtest/gtest.h>

#include <numeric>

#include "lang/py_random.h"
#include "number_test_data.h"

using namespace loopscope::lang;
using number_test::double_to_bits;
using number_test::Mismatches;

namespace {

class PyRandomTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cases_ = new auto(number_test::read_cases("random_cases.txt")); }
  static void TearDownTestSuite() { delete cases_; }
  static std::vector<std::vector<std::string>>* cases_;
};
std::vector<std::vector<std::string>>* PyRandomTest::cases_ = nullptr;

std::string join(const std::vector<std::string>& v, size_t from) {
  std::string s;
  for (size_t i = from; i < v.size(); ++i) s += (i > from ? " " : "") + v[i];
  return s;
}

}  // namespace

// Every generated sequence replays identically from the same seed.
TEST_F(PyRandomTest, SequencesMatchCPython) {
  ASSERT_GT(cases_->size(), 100u) << "missing " << number_test::data_path("random_cases.txt");
  Mismatches bad;
  for (const auto& c : *cases_) {
    const std::string& op = c[0];
    PyRandom r(BigInt::parse(c[1], 10, 0));
    std::vector<std::string> got;
    size_t from = 2;
    if (op == "random") {
      for (int i = 0; i < 20; ++i) got.push_back(double_to_bits(r.random()));
    } else if (op == "getrandbits") {
      for (int k : {0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200, 1000}) got.push_back(r.getrandbits(k).to_string(0));
    } else if (op == "randint") {
      for (int i = 0; i < 30; ++i) got.push_back(std::to_string(r.randint(1, 6)));
      for (int i = 0; i < 10; ++i) got.push_back(std::to_string(r.randint(-1000000000000, 1000000000000)));
      for (int i = 0; i < 5; ++i) got.push_back(std::to_string(r.randint(-(int64_t{1} << 62), int64_t{1} << 62)));
    } else if (op == "randrange") {
      for (int i = 0; i < 10; ++i) got.push_back(std::to_string(r.randrange(10)));
      for (int i = 0; i < 10; ++i) got.push_back(std::to_string(r.randrange(3, 100, 7)));
      for (int i = 0; i < 10; ++i) got.push_back(std::to_string(r.randrange(100, -3, -4)));
    } else if (op == "choice") {
      for (size_t n : {1, 2, 3, 10, 1000, 1000000}) got.push_back(std::to_string(r.choice_index(n)));
    } else if (op == "shuffle") {
      std::vector<int> x(std::stoul(c[2]));
      std::iota(x.begin(), x.end(), 0);
      r.shuffle(x);
      for (int v : x) got.push_back(std::to_string(v));
      from = 3;
    } else if (op == "sample") {
      for (size_t v : r.sample_indices(std::stoul(c[2]), std::stoll(c[3]))) got.push_back(std::to_string(v));
      from = 4;
    } else if (op == "uniform") {
      for (int i = 0; i < 10; ++i) got.push_back(double_to_bits(r.uniform(-3.5, 10)));
    }
    bad.check(join(got, 0), join(c, from), op + " seed " + c[1] + " " + join(c, 2).substr(0, 20));
  }
  EXPECT_EQ(bad.count, 0) << bad.report();
}

// random.seed(0); [random.random() for _ in range(3)] in CPython 3.11.
TEST(PyRandomLiteralTest, SeedZeroFirstValues) {
  PyRandom r(BigInt(0));
  EXPECT_EQ(r.random(), 0.8444218515250481);
  EXPECT_EQ(r.random(), 0.7579544029403025);
  EXPECT_EQ(r.random(), 0.420571580830845);
}

// Empty ranges and samples fail with CPython's messages instead of looping.
TEST(PyRandomLiteralTest, Errors) {
  PyRandom r;
  auto msg = [](auto f) {
    try {
      f();
    } catch (const NumberError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(msg([&] { r.randrange(0); }), "empty range for randrange()");
  EXPECT_EQ(msg([&] { r.randrange(5, 5); }), "empty range for randrange() (5, 5, 0)");
  EXPECT_EQ(msg([&] { r.randrange(1, 5, 0); }), "zero step for randrange()");
  EXPECT_EQ(msg([&] { r.choice_index(0); }), "Cannot choose from an empty sequence");
  EXPECT_EQ(msg([&] { r.sample_indices(3, 4); }), "Sample larger than population or is negative");
  EXPECT_EQ(msg([&] { r.getrandbits(-1); }), "number of bits must be non-negative");
}
