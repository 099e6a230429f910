# asyncio's debug mode (asyncio.run(debug=True), Runner(debug=True), loop.set_debug):
# a task step or callback that holds the loop for loop.slow_callback_duration (0.1 s)
# or longer is logged by the "asyncio" logger: "Executing <Task ...> took 0.300 seconds".
# time.sleep moves the virtual clock, so deterministic mode reports it as vtime.py does.
import asyncio
import logging
import re
import sys
import time


class CutAsyncioPlaces(logging.Filter):
    # In debug mode CPython's reprs name places in asyncio's own files ("created at
    # .../asyncio/tasks.py:384"), which differ per installation: cut them.
    def filter(self, record):
        record.msg = re.sub(r" (created )?at \S*asyncio/\w+\.py:\d+", "", record.getMessage())
        record.args = ()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(CutAsyncioPlaces())
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(funcName)s: %(message)s"))
logging.getLogger("asyncio").addHandler(handler)


def blocking_callback(n):
    time.sleep(n)


async def worker(name, delay):
    time.sleep(delay)
    await asyncio.sleep(0.01)
    return name


async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug(), loop.slow_callback_duration, repr(loop))
    t = asyncio.create_task(worker("slow", 0.3), name="slow-worker")
    await asyncio.sleep(0)
    print(await t)
    print(await asyncio.create_task(worker("quick", 0.05)))
    loop.slow_callback_duration = 0.04
    print(await asyncio.create_task(worker("quick again", 0.05)))
    loop.call_soon(blocking_callback, 0.2)
    await asyncio.sleep(0.01)
    loop.call_later(0.1, blocking_callback, 0.2)
    await asyncio.sleep(0.5)
    loop.set_debug(False)
    print(await asyncio.create_task(worker("not in debug mode", 0.3)), loop.get_debug())
    print("done at", round(loop.time(), 2))


asyncio.run(main(), debug=True)
with asyncio.Runner(debug=True) as runner:
    print("runner", runner.get_loop().get_debug())
    print(runner.run(worker("in a runner", 0.2)))
print(asyncio.run(worker("debug off", 0.3)))
loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.get_debug(), repr(loop))
loop.close()
