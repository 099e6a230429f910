// Chrome trace export: the JSON parses back (strict parser, and CPython's json module
// natively when python3 is there), names one thread per task, and holds the expected
// spans, instants and await flows for the tutorial's workers. JSON escaping too.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "json_check.h"
#include "trace/chrome_trace.h"
#include "trace/json_writer.h"
#include "trace_test_util.h"

using namespace loopscope;
using loopscope::testing::Json;
using loopscope::testing::JsonParser;

namespace {

const Json& events_of(const Json& root) {
  const Json* events = root.get("traceEvents");
  if (!events || events->type != Json::Type::Array) throw std::runtime_error("no traceEvents array");
  return *events;
}

// tid -> thread_name from the metadata events.
std::map<int, std::string> thread_names(const Json& root) {
  std::map<int, std::string> out;
  for (const Json& e : events_of(root).array)
    if (e.str("ph") == "M" && e.str("name") == "thread_name") out[int(e.num("tid"))] = e.get("args")->str("name");
  return out;
}

std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

}  // namespace

// Quotes, backslashes, control characters and non-ASCII text come back unchanged.
TEST(ChromeTraceTest, EscapesStrings) {
  std::string tricky = "a \"quoted\" \\ path\n\ttab \x01 bell\x7f caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80";
  std::string json = escaped(tricky);
  EXPECT_EQ(JsonParser::parse(json).string, tricky);
  EXPECT_NE(json.find("\\u0001"), std::string::npos);
}

// Bytes that are not UTF-8 become U+FFFD so the file stays valid JSON.
TEST(ChromeTraceTest, ReplacesInvalidUtf8) {
  EXPECT_EQ(escaped("x\xff" "y"), "\"x\\ufffdy\"");
  EXPECT_EQ(escaped("\xc3"), "\"\\ufffd\"");            // truncated sequence
  EXPECT_EQ(escaped("\xed\xa0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");  // a surrogate
  EXPECT_EQ(JsonParser::parse(escaped("ok\xc0\xaf")).string, "ok\xef\xbf\xbd\xef\xbf\xbd");
}

// The parser used below really rejects broken JSON.
TEST(ChromeTraceTest, StrictParserRejectsBrokenJson) {
  EXPECT_THROW(JsonParser::parse("[1,]"), std::runtime_error);
  EXPECT_THROW(JsonParser::parse("{\"a\":1"), std::runtime_error);
  EXPECT_THROW(JsonParser::parse("\"a\nb\""), std::runtime_error);
  EXPECT_THROW(JsonParser::parse("01"), std::runtime_error);
  EXPECT_EQ(JsonParser::parse(" {\"a\":[true,null,-1.5e3]} ").get("a")->array[2].number, -1500);
}

// One thread per task named after it, plus the loop; sorted in creation order.
TEST(ChromeTraceTest, ThreadPerTask) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Json root = JsonParser::parse(chrome_trace_json(rec));
  auto names = thread_names(root);
  EXPECT_EQ(names, (std::map<int, std::string>{{0, "event loop"}, {1, "Task-1"}, {2, "Alpha"}, {3, "Beta"}, {4, "Gamma"}}));
  EXPECT_EQ(root.get("otherData")->num("dropped_events"), 0);
}

// Sleeping spans last 2.0 / 1.0 / 1.5 s (in microseconds), the coordinator waits on
// Alpha for 2 s, every task has created and done instants, and the await is a flow
// from the coordinator's thread to Alpha's.
TEST(ChromeTraceTest, SpansInstantsAndFlows) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Json root = JsonParser::parse(chrome_trace_json(rec));
  std::map<int, double> sleeping;
  std::map<int, int> created, done, running;
  double coordinator_wait = -1;
  std::map<std::string, std::vector<int>> flows;  // ph -> tids
  for (const Json& e : events_of(root).array) {
    std::string ph = e.str("ph"), name = e.str("name");
    int tid = int(e.num("tid"));
    EXPECT_EQ(e.num("pid"), 1);
    if (ph == "X" && name == "sleeping") sleeping[tid] = e.num("dur");
    if (ph == "X" && name == "running") ++running[tid];
    if (ph == "X" && name == "waiting on task Alpha") {
      coordinator_wait = e.num("dur");
      EXPECT_EQ(tid, 1);
      EXPECT_EQ(e.get("args")->str("wait"), "task");
      EXPECT_EQ(e.get("args")->num("object"), 2);
    }
    if (ph == "i" && name == "created") {
      ++created[tid];
      EXPECT_EQ(e.str("s"), "t");
      EXPECT_GT(e.get("args")->num("line"), 0);
    }
    if (ph == "i" && name == "done") ++done[tid];
    if (ph == "s" || ph == "f") flows[ph].push_back(tid);
  }
  EXPECT_EQ(sleeping, (std::map<int, double>{{2, 2e6}, {3, 1e6}, {4, 1.5e6}}));
  EXPECT_EQ(coordinator_wait, 2e6);
  EXPECT_EQ(running, (std::map<int, int>{{1, 2}, {2, 3}, {3, 3}, {4, 3}}));
  EXPECT_EQ(created, (std::map<int, int>{{1, 1}, {2, 1}, {3, 1}, {4, 1}}));
  EXPECT_EQ(done, created);
  EXPECT_EQ(flows["s"], std::vector<int>{1});
  EXPECT_EQ(flows["f"], std::vector<int>{2});
}

// A failure's exception text and a cancel message are instant-event args; odd task
// names survive the round trip.
TEST(ChromeTraceTest, FailureArgsAndOddNames) {
  TraceRecorder rec;
  EventLoop loop;
  loop.set_observer(&rec);
  auto main_co = []() -> Co<void> {
    auto bad = create_task([]() -> Co<void> {
      co_await sleep(0.1);
      throw ValueError("bad \"value\"\n");
    }(), "worker \"one\"\t\\");
    auto slow = create_task(sleep_co(9), "caf\xc3\xa9");
    co_await sleep(0.2);
    slow->cancel("enough");
    try { co_await bad; } catch (const ValueError&) {}
    try { co_await slow; } catch (const CancelledError&) {}
  };
  loop.run_until_complete(main_co());
  Json root = JsonParser::parse(chrome_trace_json(rec));
  auto names = thread_names(root);
  EXPECT_EQ(names[2], "worker \"one\"\t\\");
  EXPECT_EQ(names[3], "caf\xc3\xa9");
  std::string exception, message;
  for (const Json& e : events_of(root).array) {
    if (e.str("ph") == "i" && e.str("name") == "failed") exception = e.get("args")->str("exception");
    if (e.str("ph") == "i" && e.str("name") == "cancelled") message = e.get("args")->str("message");
  }
  EXPECT_EQ(exception, "ValueError: bad \"value\"\n");
  EXPECT_EQ(message, "enough");
}

// The file CPython's json module reads, too (natively, when python3 is installed).
TEST(ChromeTraceTest, PythonJsonLoadsTheFile) {
#if defined(__EMSCRIPTEN__)
  GTEST_SKIP() << "no subprocesses under node";
#else
  if (std::system("python3 -c pass > /dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not installed";
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  std::string path = ::testing::TempDir() + "loopscope_trace_test.json";
  ASSERT_TRUE(write_chrome_trace_file(rec, path));
  std::string cmd = "python3 -c \"import json,sys; d=json.load(open(sys.argv[1])); "
                    "names={e['args']['name'] for e in d['traceEvents'] if e['ph']=='M' and e['name']=='thread_name'}; "
                    "sys.exit(0 if {'Alpha','Beta','Gamma','event loop'} <= names else 2)\" " + path;
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  std::remove(path.c_str());
#endif
}

// Export speed and size for a run of 2000 tasks sleeping 10 times each (printed only).
TEST(ChromeTraceTest, LargeExportTiming) {
  TraceRecorder rec;
  {
    EventLoop loop;
    loop.set_observer(&rec);
    auto main_co = []() -> Co<void> {
      std::vector<Task<void>> all;
      for (int i = 0; i < 2000; ++i)
        all.push_back(create_task([](int id) -> Co<void> {
          for (int k = 0; k < 10; ++k) co_await sleep(0.001 * ((id * 7 + k * 13) % 50 + 1));
        }(i)));
      for (auto& t : all) co_await t;
    };
    loop.run_until_complete(main_co());
  }
  auto t = std::chrono::steady_clock::now();
  std::string json = chrome_trace_json(rec);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
  std::printf("[ chrome   ] %zu events -> %.1f MB of JSON in %.1f ms\n", rec.size(), json.size() / 1e6, ms);
  Json root = JsonParser::parse(json);
  EXPECT_EQ(thread_names(root).size(), 2002u);
}

// The string (chrome_trace_json, what the page downloads) and the file (through an
// ostream, what the CLI writes) hold the same text, over many of the writer's 64 KB
// blocks.
TEST(ChromeTraceTest, StringAndFileHoldTheSameText) {
  TraceRecorder rec;
  {
    EventLoop loop;
    loop.set_observer(&rec);
    auto main_co = []() -> Co<void> {
      std::vector<Task<void>> all;
      for (int i = 0; i < 300; ++i)
        all.push_back(create_task([](int id) -> Co<void> {
          for (int k = 0; k < 10; ++k) co_await sleep(0.001 * ((id * 7 + k * 13) % 50 + 1));
        }(i)));
      for (auto& t : all) co_await t;
    };
    loop.run_until_complete(main_co());
  }
  std::string json = chrome_trace_json(rec);
  ASSERT_GT(json.size(), 4u << 16);
  std::string path = ::testing::TempDir() + "loopscope_trace_same_text.json";
  ASSERT_TRUE(write_chrome_trace_file(rec, path));
  std::ifstream in(path, std::ios::binary);
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(file, json);
  std::remove(path.c_str());
}
