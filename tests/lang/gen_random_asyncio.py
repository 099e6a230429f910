#!/usr/bin/env python3
# Writes a golden program of COUNT random asyncio scenarios (tests/lang/golden/async_random_*.py):
#   python3 tests/lang/gen_random_asyncio.py SEED COUNT > tests/lang/golden/async_random_NN.py
#   bash scripts/golden.sh tests/lang/golden/async_random_NN.py   (the oracle's output)
# Random asyncio scenarios for a golden program: tasks doing random operations on
# shared primitives; every blocking wait has a time limit (no deadlock), pending sets are
# sorted by name and as_completed gets tasks (no dependence on CPython's set order).
import random, sys
seed, count = int(sys.argv[1]), int(sys.argv[2])
random.seed(seed)
out = ["import asyncio", "", "", "def t():", "    return f'{asyncio.get_running_loop().time():.2f}'", "", "",
       "async def child(i, d):", "    try:", "        await asyncio.sleep(d)", "    finally:", "        print(t(), 'child', i, 'exits')",
       "    if i % 4 == 0:", "        raise ValueError(f'child {i}')", "    return i * 10", ""]
def op(i):
    r = random.random()
    d = random.choice(["0", "0", "0.1", "0.2", "0.25", "0.5"])
    P = lambda s: f"print(t(), 'T{i}', {s})"
    if r < 0.08:
        return [f"await asyncio.sleep({d})", P(f"'slept {d}'")]
    if r < 0.14:
        return ["async with cond:", "    await asyncio.wait_for(cond.wait(), 0.3)", "    " + P("'notified'")]
    if r < 0.19:
        return ["async with cond:", f"    cond.notify({random.choice([1, 2])})", "    " + P("'notify'")]
    if r < 0.26:
        return ["async with asyncio.TaskGroup() as tg:", f"    a = tg.create_task(child({i}, {d}))", f"    b = tg.create_task(child({i}+1, 0.1))",
                P("'tg', a.result(), b.result()")]
    if r < 0.31:
        return [f"r = await asyncio.shield(child({i}+1, {d}))", P("'shield', r")]
    if r < 0.37:
        return [f"cs = [asyncio.create_task(child({i}+k, {d} * (3 - k))) for k in (1, 2, 3)]",
                "for f in asyncio.as_completed(cs):", "    try:", "        " + P("'as_completed', await f"),
                "    except ValueError as e:", "        " + P("'as_completed error', e")]
    if r < 0.44:
        return [f"ts = [asyncio.create_task(child({i}+k, 0.1 * k)) for k in (1, 2, 3)]",
                f"done, pending = await asyncio.wait(ts, return_when=asyncio.{random.choice(['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'])})",
                P("'wait', len(done), len(pending)"), "for p in sorted(pending, key=lambda p: p.get_name()):", "    p.cancel()",
                "await asyncio.gather(*ts, return_exceptions=True)"]
    if r < 0.50:
        return [f"await asyncio.wait_for(q.put(({random.randint(0, 9)}, {i})), 0.2)", P("'put', q.qsize()")]
    if r < 0.57:
        return ["item = await asyncio.wait_for(q.get(), 0.2)", P("'got', item")]
    if r < 0.62:
        return [f"asyncio.get_running_loop().call_later({d}, print, 'later from T{i}')", f"h = asyncio.get_running_loop().call_soon(print, 'soon from T{i}')",
                random.choice(["h.cancel()", "pass"])]
    if r < 0.68:
        return [f"c = asyncio.create_task(child({i}+1, 0.3))", "await asyncio.sleep(0.1)", f"c.cancel('stop {i}')",
                "try:", "    await c", "except asyncio.CancelledError as e:", "    " + P("'cancelled with', e.args")]
    if r < 0.73:
        return ["try:", "    async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:", f"        await asyncio.sleep({d})",
                "except TimeoutError:", "    " + P("'timeout_at expired', cm.expired()")]
    if r < 0.78:
        return ["try:", f"    await asyncio.wait_for(child({i}+1, {d}), 0.2)", "    " + P("'wait_for ok'"), "except TimeoutError:", "    " + P("'wait_for timeout'")]
    if r < 0.83:
        return ["async with lock:", "    " + P("'locked'"), f"    await asyncio.sleep({d})"]
    if r < 0.88:
        return ["async with sem:", "    " + P("'in semaphore'"), f"    await asyncio.sleep({d})"]
    if r < 0.92:
        return ["ev.set()" if random.random() < 0.5 else "ev.clear()", P("'event', ev.is_set()")]
    if r < 0.96:
        return ["try:", "    await asyncio.wait_for(ev.wait(), 0.2)", "    " + P("'event seen'"), "except TimeoutError:", "    " + P("'no event'")]
    return ["await asyncio.sleep(0)", P("len(asyncio.all_tasks()), asyncio.current_task().get_name()")]
for s in range(count):
    n = random.randint(2, 4)
    for i in range(n):
        out.append(f"async def s{s}_task{i}(cond, q, lock, sem, ev):")
        out.append("    try:")
        for _ in range(random.randint(2, 6)):
            out += ["        " + l for l in op(i)]
        out.append("    except* ValueError as eg:")
        out.append(f"        print(t(), 'T{i} group', [str(e) for e in eg.exceptions])")
        out.append(f"    return 'T{i} done'")
        out.append("")
    out.append(f"async def scenario{s}():")
    out.append(f"    print('scenario {s}')")
    out.append("    cond = asyncio.Condition()")
    out.append(f"    q = asyncio.{random.choice(['PriorityQueue', 'LifoQueue', 'Queue'])}(maxsize={random.choice([0, 1, 2])})")
    out.append("    lock = asyncio.Lock()")
    out.append(f"    sem = asyncio.Semaphore({random.choice([1, 2])})")
    out.append("    ev = asyncio.Event()")
    out.append(f"    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{{k}}') for k, f in enumerate(({', '.join(f's{s}_task{i}' for i in range(n))},))]")
    if random.random() < 0.4:
        out.append(f"    await asyncio.sleep({random.choice(['0', '0.1', '0.3'])})")
        out.append(f"    tasks[{random.randrange(n)}].cancel()")
    out.append("    results = await asyncio.gather(*tasks, return_exceptions=True)")
    out.append("    print([f'{type(r).__name__}: {r}' for r in results])")
    out.append("    await asyncio.sleep(5)  # what the tasks left behind finishes")
    out.append("    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())")
    out.append("")
    out.append("")
for s in range(count):
    out.append(f"asyncio.run(scenario{s}())")
print("\n".join(out))
