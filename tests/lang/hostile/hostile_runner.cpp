// hostile_runner: runs a tests/lang/hostile program with the loopscope CLI in a child
// process and checks that it ends as expected, in time, under a memory bound.
//
//   hostile_runner CLI PROGRAM.py            check one program (exit 0: as expected)
//   hostile_runner --table CLI PROGRAM.py... print a Markdown table of the runs
//   hostile_runner --sanitized CLI PROGRAM.py  outcome only: a sanitizer build's
//                                            time and memory say nothing (asan preset)
//
// What a program must do is stated beside it: either PROGRAM.stdout and
// PROGRAM.result, written by scripts/golden.sh with the CPython oracle (the run must
// match them exactly, as the golden corpus does), or header lines in the program
// where CPython would not end or differs on purpose:
//   # flags: --time-limit 1          CLI options for this program
//   # expect-exit: 4                 the exit code
//   # expect-stderr: TEXT            a text that the end of stderr contains
//   # expect-stderr-anywhere: TEXT   a text that stderr shows at some point (what a
//                                    teardown prints after it may be long)
//   # stop-after: 0.5                also run it without a time limit and send SIGTERM
//                                    (the host's stop request) after 0.5 s
// A program runs with --max-heap 256 and --time-limit 10 unless its flags set them,
// and with --virtual-time when it has oracle files (the oracle's mode).
// Bounds: it ends within its time limit + kTimeSlack seconds (a stopped run within
// kTimeSlack of the signal) and its peak RSS (wait4) stays under its heap cap +
// kRssSlackMb: the cap counts the interpreter's own allocations, the slack covers
// the binary, malloc's overhead and the reserve kept for reporting a MemoryError.
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>
#include "result_text.h"

namespace fs = std::filesystem;

namespace {

using loopscope::test::last_nonempty_line;
using loopscope::test::mask_addresses;
using loopscope::test::read_file;

constexpr double kTimeSlack = 3.0;  // a loaded 2-core CI machine
constexpr double kRssSlackMb = 96;
constexpr double kDefaultTimeLimit = 10;
constexpr double kDefaultHeapMb = 256;
constexpr size_t kKeepBytes = 1 << 20;  // output kept per stream; the rest is counted
bool g_sanitized = false;               // --sanitized: no time or memory bounds

struct Expectation {
  std::vector<std::string> flags;
  bool has_exit = false;
  int exit_code = 0;
  std::vector<std::string> stderr_texts;
  std::vector<std::string> stderr_anywhere;
  double stop_after = 0;
  std::string summary;  // the "Hostile: ..." line
  bool oracle = false;  // PROGRAM.stdout / PROGRAM.result exist
  std::string oracle_stdout, oracle_result;
  double time_limit = kDefaultTimeLimit, heap_mb = kDefaultHeapMb;
};

struct RunResult {
  int exit_code = -1;      // -1: killed by a signal
  int signal = 0;
  bool hung = false;       // killed by the runner past the hard deadline
  double seconds = 0;      // from start (or from the stop signal) to the end
  double peak_rss_mb = 0;
  std::string out, err;
  size_t out_bytes = 0;
  std::vector<std::string> seen;  // the watched texts stderr showed
};

std::vector<std::string> split_words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

Expectation read_expectation(const fs::path& program) {
  Expectation e;
  std::istringstream in(read_file(program));
  for (std::string line; std::getline(in, line) && line.rfind("#", 0) == 0;) {
    auto value = [&](const char* key) -> const char* {
      std::string k = std::string("# ") + key + ":";
      return line.rfind(k, 0) == 0 ? line.c_str() + k.size() + (line.size() > k.size() ? 1 : 0) : nullptr;
    };
    if (const char* v = value("flags")) e.flags = split_words(v);
    if (const char* v = value("expect-exit")) e.has_exit = true, e.exit_code = std::atoi(v);
    if (const char* v = value("expect-stderr")) e.stderr_texts.push_back(v);
    if (const char* v = value("expect-stderr-anywhere")) e.stderr_anywhere.push_back(v);
    if (const char* v = value("stop-after")) e.stop_after = std::atof(v);
    if (const char* v = value("Hostile")) e.summary = v;
  }
  fs::path base = program;
  base.replace_extension();
  if (fs::exists(base.string() + ".result")) {
    e.oracle = true;
    e.oracle_stdout = read_file(base.string() + ".stdout");
    e.oracle_result = read_file(base.string() + ".result");
  }
  // The oracle runs in deterministic mode (vtime.py), so its programs run so here.
  if (e.oracle && std::find(e.flags.begin(), e.flags.end(), "--virtual-time") == e.flags.end())
    e.flags.push_back("--virtual-time");
  bool has_time = false, has_heap = false;
  for (size_t i = 0; i + 1 < e.flags.size(); ++i) {
    if (e.flags[i] == "--time-limit") has_time = true, e.time_limit = std::atof(e.flags[i + 1].c_str());
    if (e.flags[i] == "--max-heap") has_heap = true, e.heap_mb = std::atof(e.flags[i + 1].c_str());
  }
  if (!has_time) e.flags.insert(e.flags.end(), {"--time-limit", std::to_string(kDefaultTimeLimit)});
  if (!has_heap) e.flags.insert(e.flags.end(), {"--max-heap", std::to_string(kDefaultHeapMb)});
  return e;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Adds to `seen` each watched text that `text` contains.
void note_watched(const std::string& text, const std::vector<std::string>& watch, std::vector<std::string>& seen) {
  for (const std::string& w : watch)
    if (std::find(seen.begin(), seen.end(), w) == seen.end() && text.find(w) != std::string::npos) seen.push_back(w);
}

// Runs `cli run FLAGS NAME` in the program's folder. With stop_after > 0 the child
// gets SIGTERM then and `seconds` counts from the signal. Past hard_deadline seconds
// the child is killed and the run marked hung.
RunResult run_child(const std::string& cli, const fs::path& program, const std::vector<std::string>& flags,
                    double stop_after, double hard_deadline, const std::vector<std::string>& watch = {}) {
  RunResult r;
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    std::perror("pipe");
    std::exit(2);
  }
  std::vector<std::string> args = {cli, "run"};
  args.insert(args.end(), flags.begin(), flags.end());
  args.push_back(program.filename().string());
  // Linux keeps a forked child's pre-exec RSS (the runner's own) in its ru_maxrss:
  // hand freed memory back first so that the figure is the program's.
  malloc_trim(0);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(program.parent_path().c_str()) != 0) _exit(126);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]), close(out_pipe[1]), close(err_pipe[0]), close(err_pipe[1]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open_fds = 2;
  bool signalled = false, killed = false;
  auto signal_time = start;
  char buf[65536];
  while (open_fds > 0) {
    double elapsed = seconds_since(start);
    if (stop_after > 0 && !signalled && elapsed >= stop_after) {
      kill(pid, SIGTERM);
      signalled = true;
      signal_time = std::chrono::steady_clock::now();
    }
    if (!killed && elapsed >= hard_deadline) {
      kill(pid, SIGKILL);
      killed = r.hung = true;
    }
    if (poll(fds, 2, 20) < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      if (i == 0) r.out_bytes += static_cast<size_t>(n);
      std::string& sink = *sinks[i];
      sink.append(buf, static_cast<size_t>(n));
      if (sink.size() > 2 * kKeepBytes) {
        if (i == 1) note_watched(sink, watch, r.seen);  // before its head is dropped
        sink.erase(0, sink.size() - kKeepBytes);  // keep the end
      }
    }
  }
  note_watched(r.err, watch, r.seen);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  r.seconds = seconds_since(signalled ? signal_time : start);
  r.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  return r;
}

// The checks of one run; empty when it ended as expected.
std::vector<std::string> check(const Expectation& e, const RunResult& r, bool stopped, double time_bound) {
  std::vector<std::string> problems;
  if (r.hung) problems.push_back("hung: killed by the runner");
  if (r.signal) problems.push_back("crashed: killed by signal " + std::to_string(r.signal) + " (" + strsignal(r.signal) + ")");
  if (r.seconds > time_bound && !g_sanitized)
    problems.push_back("too slow to stop: " + std::to_string(r.seconds) + " s > " + std::to_string(time_bound) + " s");
  double rss_bound = e.heap_mb + kRssSlackMb;
  if (r.peak_rss_mb > rss_bound && !g_sanitized)
    problems.push_back("memory peak " + std::to_string(r.peak_rss_mb) + " MB > " + std::to_string(rss_bound) + " MB");
  std::string tail = r.err.size() > 4096 ? r.err.substr(r.err.size() - 4096) : r.err;
  if (stopped) {
    if (r.exit_code != 130) problems.push_back("stop request: exit " + std::to_string(r.exit_code) + ", expected 130");
    if (tail.find("loopscope: stopped") == std::string::npos) problems.push_back("stop request: no 'loopscope: stopped'");
    return problems;
  }
  for (auto& text : e.stderr_texts)
    if (tail.find(text) == std::string::npos) problems.push_back("stderr does not end with text '" + text + "'");
  for (auto& text : e.stderr_anywhere)
    if (std::find(r.seen.begin(), r.seen.end(), text) == r.seen.end())
      problems.push_back("stderr never showed '" + text + "'");
  if (e.oracle) {
    if (mask_addresses(r.out) != e.oracle_stdout) problems.push_back("stdout differs from the oracle's");
    std::string result = "exit " + std::to_string(r.exit_code) + "\nstderr " + mask_addresses(last_nonempty_line(r.err)) + "\n";
    if (e.has_exit || !e.stderr_texts.empty()) {
      // The header overrides the oracle's exit and stderr (a stated deviation).
      if (e.has_exit && r.exit_code != e.exit_code)
        problems.push_back("exit " + std::to_string(r.exit_code) + ", expected " + std::to_string(e.exit_code));
    } else if (result != e.oracle_result) {
      problems.push_back("result differs from the oracle's: got\n" + result + "expected\n" + e.oracle_result);
    }
  } else if (e.has_exit && r.exit_code != e.exit_code) {
    problems.push_back("exit " + std::to_string(r.exit_code) + ", expected " + std::to_string(e.exit_code));
  }
  return problems;
}

struct Outcome {
  std::string label;
  RunResult run;
  std::vector<std::string> problems;
};

std::vector<Outcome> run_program(const std::string& cli, const fs::path& program) {
  Expectation e = read_expectation(program);
  std::vector<Outcome> outcomes;
  double bound = e.time_limit + kTimeSlack;
  double hard = g_sanitized ? 5 * bound + 30 : bound + 10;  // then it is killed as hung
  RunResult r = run_child(cli, program, e.flags, 0, hard, e.stderr_anywhere);
  outcomes.push_back({program.filename().string(), r, check(e, r, false, bound)});
  if (e.stop_after > 0) {
    std::vector<std::string> flags = e.flags;
    for (size_t i = 0; i + 1 < flags.size(); ++i)
      if (flags[i] == "--time-limit") flags[i + 1] = "0";  // no limit: only the stop request can end it
    RunResult s = run_child(cli, program, flags, e.stop_after, e.stop_after + (g_sanitized ? 60 : kTimeSlack + 10));
    outcomes.push_back({program.filename().string() + " (SIGTERM after " + std::to_string(e.stop_after).substr(0, 3) + " s)",
                        s, check(e, s, true, kTimeSlack)});
  }
  return outcomes;
}

std::string describe(const RunResult& r) {
  std::string last = last_nonempty_line(r.err.size() > 4096 ? r.err.substr(r.err.size() - 4096) : r.err);
  if (last.size() > 90) last = last.substr(0, 87) + "...";
  for (auto& c : last)
    if (c == '|') c = '/';
  std::string s = r.signal ? std::string("signal ") + strsignal(r.signal) : "exit " + std::to_string(r.exit_code);
  if (r.hung) s += " (hung)";
  if (!last.empty()) s += ": `" + last + "`";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  bool table = false;
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; ++i) {
    if (std::string(argv[i]) == "--table") table = true;
    else if (std::string(argv[i]) == "--sanitized") g_sanitized = true;
    else break;
  }
  if (argc - i < 2) {
    std::fprintf(stderr, "usage: hostile_runner [--table] [--sanitized] LOOPSCOPE_CLI PROGRAM.py...\n");
    return 2;
  }
  std::string cli = fs::absolute(argv[i++]).string();
  int failures = 0;
  if (table) {
    std::printf("| input | what it tries | outcome | time to stop | memory peak | as expected |\n|---|---|---|---|---|---|\n");
  }
  for (; i < argc; ++i) {
    std::string summary = read_expectation(fs::absolute(argv[i])).summary;
    for (auto& c : summary)
      if (c == '|') c = '/';
    for (auto& o : run_program(cli, fs::absolute(argv[i]))) {
      failures += !o.problems.empty();
      if (table) {
        std::printf("| %s | %s | %s | %.2f s | %.0f MB | %s |\n", o.label.c_str(), summary.c_str(), describe(o.run).c_str(), o.run.seconds,
                    o.run.peak_rss_mb, o.problems.empty() ? "yes" : "**no**");
        std::fflush(stdout);
        continue;
      }
      std::printf("%s: %s, %.2f s, peak %.0f MB, %zu bytes of output\n", o.label.c_str(), describe(o.run).c_str(),
                  o.run.seconds, o.run.peak_rss_mb, o.run.out_bytes);
      for (auto& p : o.problems) std::printf("  FAILED: %s\n", p.c_str());
      if (!o.problems.empty()) {
        std::string tail = o.run.err.size() > 2000 ? o.run.err.substr(o.run.err.size() - 2000) : o.run.err;
        std::printf("--- stderr (end) ---\n%s\n--- stdout (start) ---\n%s\n", tail.c_str(), o.run.out.substr(0, 2000).c_str());
      }
    }
  }
  return failures ? 1 : 0;
}
