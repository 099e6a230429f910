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

// A program's own reference cycles, each kind: gone with the run, whether the cycle
// collector ran during it or (gc.disable()) only the end of the run frees them.
namespace {

const char* const kCycleKinds[] = {
    // an object holding itself
    R"(class Node:
    pass

def make():
    n = Node()
    n.me = n

for i in range(50):
    make()
)",
    // a doubly linked list
    R"(class Link:
    def __init__(self, prev):
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self

def make(n):
    head = tail = Link(None)
    for i in range(n):
        tail = Link(tail)
    return head

for i in range(20):
    make(10)
)",
    // a parent/child tree
    R"(class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)

def grow(depth, parent=None):
    t = Tree(parent)
    if depth:
        grow(depth - 1, t)
        grow(depth - 1, t)
    return t

for i in range(5):
    grow(4)
)",
    // a recursive inner function holding its own cell
    R"(def outer(n):
    def count(k):
        return 0 if k == 0 else 1 + count(k - 1)
    return count(n)

print(sum(outer(i) for i in range(30)))
)",
    // an exception kept where its own attributes, traceback and context reach it
    R"(saved = []

def fail():
    try:
        raise ValueError("x")
    except ValueError as e:
        e.me = e
        e.tb = e.__traceback__
        try:
            undefined_name
        except NameError as n:
            saved.append(n)

for i in range(10):
    fail()
saved.clear()
)",
    // a suspended generator in a cycle (closing it runs its finally block)
    R"(def gen(box):
    try:
        yield 1
        yield 2
    finally:
        box.clear()

def make():
    box = []
    g = gen(box)
    next(g)
    box.append(g)

for i in range(10):
    make()
)",
    // a task whose result holds the task, a coroutine holding its task, a set, a deque,
    // a queue and a list iterator holding themselves
    R"(import asyncio
from collections import deque

async def queue_of_itself():
    q = asyncio.Queue()
    q.put_nowait(q)
    q.put_nowait([q])

asyncio.run(queue_of_itself())

async def keep_self():
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return [me]

async def main():
    for i in range(5):
        await asyncio.create_task(keep_self())

asyncio.run(main())

def make():
    d = deque()
    d.append(d)
    items = []
    items.append(iter(items))
    f = frozenset([1])
    s = {f}
    box = [s, {1: items}]
    box.append(box)

for i in range(10):
    make()
)",
};

}  // namespace

TEST(RuntimeTeardownTest, EachKindOfCycleGoesWithItsRun) {
  for (const char* program : kCycleKinds) {
    expect_nothing_left(program);
    expect_nothing_left(std::string("import gc\ngc.disable()\n") + program);
  }
}
