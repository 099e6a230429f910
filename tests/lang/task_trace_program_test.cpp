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

// The task table's result column: the repr of plain data (containers cut as reprlib
// cuts them), but nothing that would run the program's code (a __repr__, or a
// __lt__ while a set is sorted) inside the trace's emission: those show <type>.
TEST(TaskTraceProgramTest, ResultsShowPlainDataOnly) {
  const char* program = R"py(import asyncio

class Loud:
    def __repr__(self):
        print("__repr__ ran")
        return "Loud()"
    def __lt__(self, other):
        print("__lt__ ran")
        return True

async def value(v):
    return v

async def main():
    await asyncio.gather(
        value(["Worker Alpha result", "Worker Beta result"]),
        value({"b": 2, "a": (1, 2.5, None)}),
        value({3, 1, 2}),
        value(list(range(100))),
        value([Loud()]),
        value({Loud(), Loud()}),
        value(Loud()),
        value("x" * 200),
    )

asyncio.run(main())
)py";
  TraceRecorder recorder;
  std::string out;
  {
    Runtime runtime(Options{});
    runtime.write_stdout = [&](std::string_view s) { out += s; };
    runtime.write_stderr = [](std::string_view) {};
    runtime.observer = &recorder;
    ASSERT_EQ(run_program(runtime, program, "main.py"), 0);
  }
  EXPECT_EQ(out, "");  // no __repr__ or __lt__ of the program ran
  std::vector<std::string> results;
  for (const TaskInfo& t : recorder.tasks())
    if (recorder.coro_name(t) == "value") results.emplace_back(recorder.string(t.end_text));
  EXPECT_EQ(results, (std::vector<std::string>{
                         "['Worker Alpha result', 'Worker Beta result']",
                         "{'a': (1, 2.5, None), 'b': 2}",  // reprlib sorts the keys
                         "{1, 2, 3}",
                         "[0, 1, 2, 3, 4, 5, ...]",
                         "<list>",
                         "<set>",
                         "<Loud>",
                         "'" + std::string(75, 'x') + "...'",
                     }));
}
