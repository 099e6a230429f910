// A deadlocked program's stderr: vtime.py's message stays the last line (what the
// goldens and conform.py compare), and before it each pending task is named with what
// it waits on and the line of the await, found here from the program's own text.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lang/program.h"
#include "lang/runtime_state.h"

using namespace loopscope::lang;

namespace {

const char* kProgram = R"(import asyncio

async def consumer(q):
    item = await q.get()
    print("never", item)

async def holder(lock, never):
    async with lock:
        await never.wait()

async def wanter(lock):
    async with lock:
        print("never")

async def main():
    q, lock, never = asyncio.Queue(), asyncio.Lock(), asyncio.Event()
    c = asyncio.create_task(consumer(q))
    h = asyncio.create_task(holder(lock, never))
    await asyncio.sleep(0)
    w = asyncio.create_task(wanter(lock))
    await c

asyncio.run(main())
)";

int line_of(const std::string& text) {
  std::string program = kProgram;
  size_t at = program.find(text);
  return at == std::string::npos ? 0 : 1 + static_cast<int>(std::count(program.begin(), program.begin() + at, '\n'));
}

}  // namespace

TEST(DeadlockReportProgramTest, NamesEachTaskBeforeTheOraclesMessage) {
  std::string out, err;
  int rc;
  {
    Runtime runtime(Options{});
    runtime.write_stdout = [&](std::string_view s) { out += s; };
    runtime.write_stderr = [&](std::string_view s) { err += s; };
    rc = run_program(runtime, kProgram, "main.py");
  }
  EXPECT_EQ(rc, 3);
  EXPECT_EQ(out, "");
  auto has = [&](const std::string& line) { return err.find("\n" + line + "\n") != std::string::npos; };
  EXPECT_TRUE(has("  Task-1 waits on task Task-2 (line " + std::to_string(line_of("await c")) + ")")) << err;
  EXPECT_TRUE(has("  Task-2 waits on queue get (line " + std::to_string(line_of("await q.get()")) + ")")) << err;
  EXPECT_TRUE(has("  Task-3 waits on event (line " + std::to_string(line_of("await never.wait()")) + ")")) << err;
  EXPECT_TRUE(has("  Task-4 waits on lock (line " + std::to_string(line_of("async with lock:\n        print")) + ")"))
      << err;
  std::string last = err.substr(err.rfind('\n', err.size() - 2) + 1);
  EXPECT_EQ(last, "vtime: deadlock: every task is waiting and no timer is pending\n");
}
