// The trace of a Python program names each task's coroutine (its __qualname__), so the
// timeline, the task table and Perfetto can show "Task-2 producer()" instead of a bare
// Task-N; tasks named by the program keep their names.
#include <gtest/gtest.h>

#include <string>

#include "lang/program.h"
#include "lang/runtime_state.h"
#include "trace/chrome_trace.h"
#include "trace/recorder.h"

using namespace loopscope;
using namespace loopscope::lang;

namespace {

const char* kProgram = R"(import asyncio

class Worker:
    async def run(self):
        await asyncio.sleep(0.1)

async def producer(q):
    await q.put(1)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), Worker().run())
    await asyncio.create_task(asyncio.sleep(0.1), name="napper")

asyncio.run(main())
)";

}  // namespace

TEST(TaskTraceProgramTest, TasksCarryTheirCoroutinesNames) {
  TraceRecorder recorder;
  {
    Runtime runtime(Options{});
    runtime.write_stdout = [](std::string_view) {};
    runtime.write_stderr = [](std::string_view) {};
    runtime.observer = &recorder;
    ASSERT_EQ(run_program(runtime, kProgram, "main.py"), 0);
  }
  std::vector<std::pair<std::string, std::string>> tasks;
  for (const TaskInfo& t : recorder.tasks())
    tasks.emplace_back(std::string(recorder.task_name(t)), std::string(recorder.coro_name(t)));
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(tasks, (std::vector<P>{{"Task-1", "main"}, {"Task-2", "producer"}, {"Task-3", "Worker.run"},
                                   {"napper", "sleep"}}));
  std::string json = chrome_trace_json(recorder);
  EXPECT_NE(json.find("\"Task-3 Worker.run()\""), std::string::npos) << json.substr(0, 600);
}
