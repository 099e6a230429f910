# When a gather's outer future completes, seen from a task whose steps run between
# the children's done callbacks: the callbacks run in the order the children finished,
# one loop iteration later, and the outer future is done only after the callback of
# the child that decides it (the last one, or the first failure without
# return_exceptions). Children that finish in the same iteration as another's failure,
# with and without return_exceptions, and with many children.
import asyncio


async def child(name, steps, fail=False, cancel_me=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(name)
    return name


async def watch(label, outer_box, log, steps):
    for i in range(steps):
        log.append(f"{label}{i}:{outer_box[0].done() if outer_box[0] else None}")
        await asyncio.sleep(0)


async def case(title, specs, return_exceptions, watch_steps=6):
    log = []
    box = [None]
    tasks = []
    for i, (steps, fail) in enumerate(specs):
        tasks.append(asyncio.create_task(child(f"c{i}", steps, fail)))
        if i == 0:
            # the watcher's steps come right after the first child's in each iteration
            watcher = asyncio.create_task(watch("w", box, log, watch_steps))
    box[0] = asyncio.gather(*tasks, return_exceptions=return_exceptions)
    try:
        result = await box[0]
    except ValueError as e:
        result = f"ValueError {e}"
    log.append(f"result {result}")
    await watcher
    # tasks that outlived a failed gather
    await asyncio.gather(*tasks, return_exceptions=True)
    print(title, log)


async def main():
    await case("two ok, same iteration", [(1, False), (1, False)], False)
    await case("fail then ok, same iteration", [(1, True), (1, False)], False)
    await case("fail then ok, return_exceptions", [(1, True), (1, False)], True)
    await case("ok then fail, return_exceptions", [(1, False), (1, True)], True)
    await case("three, first fails", [(1, True), (1, False), (1, False)], True)
    await case("staggered", [(1, False), (2, False), (3, True), (3, False)], False)
    await case("staggered, return_exceptions", [(3, False), (1, True), (2, False), (1, False)], True)
    await case("ten ok", [(1 + i % 3, False) for i in range(10)], False, 8)
    # the same child twice counts once
    t = asyncio.create_task(child("d", 1))
    u = asyncio.create_task(child("e", 2))
    print("repeated", await asyncio.gather(t, u, t))


asyncio.run(main())
