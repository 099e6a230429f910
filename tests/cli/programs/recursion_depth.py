# Real-time mode (python3 prog.py: no vtime.py frames below the module): how deep
# plain recursion gets before RecursionError, from each place a program runs code:
# the module, a class body, exec(), a generator, a coroutine (main, a created task, a
# gathered one) and a loop callback. CPython counts the frames of asyncio's own
import asyncio

reached = 0


def down(n):
    global reached
    reached = n
    down(n + 1)


def deepest(where):
    try:
        down(0)
    except RecursionError as e:
        print(f"{where}: {reached} ({e})")


deepest("module")


class Body:
    deepest("class body")


exec('deepest("exec")')


def gen():
    deepest("generator")
    yield


list(gen())


async def child(name):
    deepest(name)


async def main():
    deepest("main coroutine")
    await asyncio.create_task(child("created task"))
    await asyncio.gather(child("gathered task"))
    await child("awaited coroutine")
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: (deepest("callback"), done.set_result(None)))
    await done


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(child("run_until_complete"))
loop.close()
