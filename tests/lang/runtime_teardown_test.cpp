// The playground runs program after program in one process (one Runtime each): what a
// run made must be gone when its Runtime is, or the page's memory grows with every
// Run. The first run may fill process-wide caches (pylib sources parsed ahead), so
// the runs after it are the ones measured.
#include <gtest/gtest.h>

#include <string>

#include "lang/heap_limit.h"
#include "lang/program.h"
#include "lang/runtime_state.h"

using namespace loopscope::lang;

namespace {

// Bytes still held after one run of `source` (0 when everything went).
int64_t bytes_left_by_run(const std::string& source) {
  int64_t before = heap_in_use();
  {
    Options options;
    options.virtual_time = true;
    Runtime runtime(options);
    runtime.write_stdout = [](std::string_view) {};
    runtime.write_stderr = [](std::string_view) {};
    run_program(runtime, source, "main.py");
  }
  return heap_in_use() - before;
}

void expect_nothing_left(const std::string& source) {
  bytes_left_by_run(source);  // caches
  EXPECT_EQ(bytes_left_by_run(source), 0) << source;
  EXPECT_EQ(bytes_left_by_run(source), 0) << source;
}

}  // namespace

// asyncio's Python half is a module whose functions hold its dict as their globals.
TEST(RuntimeTeardownTest, AnImportedPythonModuleGoesWithItsRun) {
  expect_nothing_left(R"(import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    print(await asyncio.gather(*(work(i) for i in range(5))))

asyncio.run(main())
)");
}

// A method using super() holds its class through the __class__ cell.
TEST(RuntimeTeardownTest, AClassUsingSuperGoesWithItsRun) {
  expect_nothing_left(R"(class Base:
    def __init__(self, x):
        self.x = x

class Child(Base):
    def __init__(self, x):
        super().__init__(x)

items = [Child(i) for i in range(100)]
print(len(items))
)");
}

// A class keeps its bases alive while it lives, and no longer.
TEST(RuntimeTeardownTest, ADeletedClassReleasesItsBases) {
  expect_nothing_left(R"(class A:
    pass

class B(A):
    pass

b = B()
del b, B, A
)");
}

// json.dumps and asyncio.as_completed are written in Python (pylib): neither may leave
// a reference cycle behind per call (nested functions calling themselves, a handle
// kept in a dict its callbacks hold), since no cycle collector would ever free it.
TEST(RuntimeTeardownTest, PylibCallsLeaveNoCycles) {
  expect_nothing_left(R"(import json
for i in range(20):
    json.dumps({"a": [i, {"b": None}], "c": 1.5}, indent=2, sort_keys=True)
)");
  expect_nothing_left(R"(import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    for f in asyncio.as_completed([work(i) for i in range(3)], timeout=5):
        print(await f)
    try:
        for f in asyncio.as_completed([work(9)], timeout=0.1):
            await f
    except TimeoutError:
        print("timeout")

asyncio.run(main())
)");
}
