# Random asyncio scenarios (tests/lang/gen_random_asyncio.py 103 12): tasks on shared queues, locks,
# semaphores, events, conditions, TaskGroup, shield, as_completed, wait, wait_for, timeouts,
# cancellation with messages, call_soon/call_later and except*, compared with the oracle.
import asyncio


def t():
    return f'{asyncio.get_running_loop().time():.2f}'


async def child(i, d):
    try:
        await asyncio.sleep(d)
    finally:
        print(t(), 'child', i, 'exits')
    if i % 4 == 0:
        raise ValueError(f'child {i}')
    return i * 10

async def s0_task0(cond, q, lock, sem, ev):
    try:
        try:
            await asyncio.wait_for(ev.wait(), 0.2)
            print(t(), 'T0', 'event seen')
        except TimeoutError:
            print(t(), 'T0', 'no event')
        try:
            await asyncio.wait_for(child(0+1, 0), 0.2)
            print(t(), 'T0', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T0', 'wait_for timeout')
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.25)
        except TimeoutError:
            print(t(), 'T0', 'timeout_at expired', cm.expired())
        try:
            await asyncio.wait_for(child(0+1, 0.5), 0.2)
            print(t(), 'T0', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T0', 'wait_for timeout')
        ts = [asyncio.create_task(child(0+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
        print(t(), 'T0', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s0_task1(cond, q, lock, sem, ev):
    try:
        await asyncio.wait_for(q.put((3, 1)), 0.2)
        print(t(), 'T1', 'put', q.qsize())
        asyncio.get_running_loop().call_later(0, print, 'later from T1')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T1')
        h.cancel()
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s0_task2(cond, q, lock, sem, ev):
    try:
        await asyncio.sleep(0)
        print(t(), 'T2', len(asyncio.all_tasks()), asyncio.current_task().get_name())
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T2', 'notified')
        r = await asyncio.shield(child(2+1, 0.5))
        print(t(), 'T2', 'shield', r)
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def s0_task3(cond, q, lock, sem, ev):
    try:
        async with sem:
            print(t(), 'T3', 'in semaphore')
            await asyncio.sleep(0.25)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.2)
        except TimeoutError:
            print(t(), 'T3', 'timeout_at expired', cm.expired())
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(3, 0.5))
            b = tg.create_task(child(3+1, 0.1))
        print(t(), 'T3', 'tg', a.result(), b.result())
        asyncio.get_running_loop().call_later(0.25, print, 'later from T3')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T3')
        h.cancel()
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T3', 'notified')
    except* ValueError as eg:
        print(t(), 'T3 group', [str(e) for e in eg.exceptions])
    return 'T3 done'

async def scenario0():
    print('scenario 0')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=0)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s0_task0, s0_task1, s0_task2, s0_task3,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s1_task0(cond, q, lock, sem, ev):
    try:
        ev.clear()
        print(t(), 'T0', 'event', ev.is_set())
        ev.set()
        print(t(), 'T0', 'event', ev.is_set())
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T0', 'got', item)
        await asyncio.wait_for(q.put((2, 0)), 0.2)
        print(t(), 'T0', 'put', q.qsize())
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s1_task1(cond, q, lock, sem, ev):
    try:
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T1', 'got', item)
        await asyncio.wait_for(q.put((1, 1)), 0.2)
        print(t(), 'T1', 'put', q.qsize())
        async with sem:
            print(t(), 'T1', 'in semaphore')
            await asyncio.sleep(0.5)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0)
        except TimeoutError:
            print(t(), 'T1', 'timeout_at expired', cm.expired())
        r = await asyncio.shield(child(1+1, 0.5))
        print(t(), 'T1', 'shield', r)
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s1_task2(cond, q, lock, sem, ev):
    try:
        await asyncio.sleep(0)
        print(t(), 'T2', len(asyncio.all_tasks()), asyncio.current_task().get_name())
        try:
            await asyncio.wait_for(child(2+1, 0), 0.2)
            print(t(), 'T2', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T2', 'wait_for timeout')
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def s1_task3(cond, q, lock, sem, ev):
    try:
        r = await asyncio.shield(child(3+1, 0.25))
        print(t(), 'T3', 'shield', r)
        await asyncio.wait_for(q.put((6, 3)), 0.2)
        print(t(), 'T3', 'put', q.qsize())
        ts = [asyncio.create_task(child(3+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
        print(t(), 'T3', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        r = await asyncio.shield(child(3+1, 0))
        print(t(), 'T3', 'shield', r)
        async with cond:
            cond.notify(2)
            print(t(), 'T3', 'notify')
    except* ValueError as eg:
        print(t(), 'T3 group', [str(e) for e in eg.exceptions])
    return 'T3 done'

async def scenario1():
    print('scenario 1')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s1_task0, s1_task1, s1_task2, s1_task3,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s2_task0(cond, q, lock, sem, ev):
    try:
        c = asyncio.create_task(child(0+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 0')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T0', 'cancelled with', e.args)
        try:
            await asyncio.wait_for(ev.wait(), 0.2)
            print(t(), 'T0', 'event seen')
        except TimeoutError:
            print(t(), 'T0', 'no event')
        asyncio.get_running_loop().call_later(0.5, print, 'later from T0')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T0')
        pass
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s2_task1(cond, q, lock, sem, ev):
    try:
        await asyncio.wait_for(q.put((1, 1)), 0.2)
        print(t(), 'T1', 'put', q.qsize())
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T1', 'got', item)
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s2_task2(cond, q, lock, sem, ev):
    try:
        cs = [asyncio.create_task(child(2+k, 0.5 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T2', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T2', 'as_completed error', e)
        c = asyncio.create_task(child(2+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 2')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T2', 'cancelled with', e.args)
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def s2_task3(cond, q, lock, sem, ev):
    try:
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T3', 'notified')
        r = await asyncio.shield(child(3+1, 0))
        print(t(), 'T3', 'shield', r)
        async with cond:
            cond.notify(1)
            print(t(), 'T3', 'notify')
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print(t(), 'T3', 'timeout_at expired', cm.expired())
        async with sem:
            print(t(), 'T3', 'in semaphore')
            await asyncio.sleep(0.5)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.1)
        except TimeoutError:
            print(t(), 'T3', 'timeout_at expired', cm.expired())
    except* ValueError as eg:
        print(t(), 'T3 group', [str(e) for e in eg.exceptions])
    return 'T3 done'

async def scenario2():
    print('scenario 2')
    cond = asyncio.Condition()
    q = asyncio.PriorityQueue(maxsize=1)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s2_task0, s2_task1, s2_task2, s2_task3,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s3_task0(cond, q, lock, sem, ev):
    try:
        c = asyncio.create_task(child(0+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 0')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T0', 'cancelled with', e.args)
        ts = [asyncio.create_task(child(0+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
        print(t(), 'T0', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        asyncio.get_running_loop().call_later(0.5, print, 'later from T0')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T0')
        pass
        ts = [asyncio.create_task(child(0+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
        print(t(), 'T0', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        await asyncio.sleep(0.25)
        print(t(), 'T0', 'slept 0.25')
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s3_task1(cond, q, lock, sem, ev):
    try:
        cs = [asyncio.create_task(child(1+k, 0.2 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T1', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T1', 'as_completed error', e)
        async with cond:
            cond.notify(2)
            print(t(), 'T1', 'notify')
        ev.clear()
        print(t(), 'T1', 'event', ev.is_set())
        c = asyncio.create_task(child(1+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 1')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T1', 'cancelled with', e.args)
        await asyncio.sleep(0.2)
        print(t(), 'T1', 'slept 0.2')
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s3_task2(cond, q, lock, sem, ev):
    try:
        async with sem:
            print(t(), 'T2', 'in semaphore')
            await asyncio.sleep(0)
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(2, 0.2))
            b = tg.create_task(child(2+1, 0.1))
        print(t(), 'T2', 'tg', a.result(), b.result())
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def s3_task3(cond, q, lock, sem, ev):
    try:
        async with sem:
            print(t(), 'T3', 'in semaphore')
            await asyncio.sleep(0.1)
        c = asyncio.create_task(child(3+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 3')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T3', 'cancelled with', e.args)
        await asyncio.sleep(0)
        print(t(), 'T3', len(asyncio.all_tasks()), asyncio.current_task().get_name())
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T3', 'got', item)
        asyncio.get_running_loop().call_later(0, print, 'later from T3')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T3')
        h.cancel()
    except* ValueError as eg:
        print(t(), 'T3 group', [str(e) for e in eg.exceptions])
    return 'T3 done'

async def scenario3():
    print('scenario 3')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s3_task0, s3_task1, s3_task2, s3_task3,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s4_task0(cond, q, lock, sem, ev):
    try:
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.1)
        except TimeoutError:
            print(t(), 'T0', 'timeout_at expired', cm.expired())
        ts = [asyncio.create_task(child(0+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
        print(t(), 'T0', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        try:
            await asyncio.wait_for(child(0+1, 0.25), 0.2)
            print(t(), 'T0', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T0', 'wait_for timeout')
        try:
            await asyncio.wait_for(child(0+1, 0.1), 0.2)
            print(t(), 'T0', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T0', 'wait_for timeout')
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s4_task1(cond, q, lock, sem, ev):
    try:
        ts = [asyncio.create_task(child(1+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
        print(t(), 'T1', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T1', 'got', item)
        asyncio.get_running_loop().call_later(0, print, 'later from T1')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T1')
        pass
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s4_task2(cond, q, lock, sem, ev):
    try:
        cs = [asyncio.create_task(child(2+k, 0.5 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T2', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T2', 'as_completed error', e)
        asyncio.get_running_loop().call_later(0.5, print, 'later from T2')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T2')
        pass
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def s4_task3(cond, q, lock, sem, ev):
    try:
        try:
            await asyncio.wait_for(ev.wait(), 0.2)
            print(t(), 'T3', 'event seen')
        except TimeoutError:
            print(t(), 'T3', 'no event')
        ts = [asyncio.create_task(child(3+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
        print(t(), 'T3', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
    except* ValueError as eg:
        print(t(), 'T3 group', [str(e) for e in eg.exceptions])
    return 'T3 done'

async def scenario4():
    print('scenario 4')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s4_task0, s4_task1, s4_task2, s4_task3,))]
    await asyncio.sleep(0)
    tasks[0].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s5_task0(cond, q, lock, sem, ev):
    try:
        cs = [asyncio.create_task(child(0+k, 0.1 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T0', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T0', 'as_completed error', e)
        c = asyncio.create_task(child(0+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 0')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T0', 'cancelled with', e.args)
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(0, 0))
            b = tg.create_task(child(0+1, 0.1))
        print(t(), 'T0', 'tg', a.result(), b.result())
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s5_task1(cond, q, lock, sem, ev):
    try:
        c = asyncio.create_task(child(1+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 1')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T1', 'cancelled with', e.args)
        try:
            await asyncio.wait_for(child(1+1, 0.5), 0.2)
            print(t(), 'T1', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T1', 'wait_for timeout')
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s5_task2(cond, q, lock, sem, ev):
    try:
        async with cond:
            cond.notify(2)
            print(t(), 'T2', 'notify')
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.1)
        except TimeoutError:
            print(t(), 'T2', 'timeout_at expired', cm.expired())
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T2', 'notified')
        async with sem:
            print(t(), 'T2', 'in semaphore')
            await asyncio.sleep(0.1)
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def s5_task3(cond, q, lock, sem, ev):
    try:
        async with cond:
            cond.notify(2)
            print(t(), 'T3', 'notify')
        cs = [asyncio.create_task(child(3+k, 0.5 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T3', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T3', 'as_completed error', e)
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T3', 'got', item)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print(t(), 'T3', 'timeout_at expired', cm.expired())
    except* ValueError as eg:
        print(t(), 'T3 group', [str(e) for e in eg.exceptions])
    return 'T3 done'

async def scenario5():
    print('scenario 5')
    cond = asyncio.Condition()
    q = asyncio.LifoQueue(maxsize=0)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s5_task0, s5_task1, s5_task2, s5_task3,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s6_task0(cond, q, lock, sem, ev):
    try:
        await asyncio.sleep(0.1)
        print(t(), 'T0', 'slept 0.1')
        c = asyncio.create_task(child(0+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 0')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T0', 'cancelled with', e.args)
        ev.clear()
        print(t(), 'T0', 'event', ev.is_set())
        try:
            await asyncio.wait_for(ev.wait(), 0.2)
            print(t(), 'T0', 'event seen')
        except TimeoutError:
            print(t(), 'T0', 'no event')
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T0', 'notified')
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s6_task1(cond, q, lock, sem, ev):
    try:
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print(t(), 'T1', 'timeout_at expired', cm.expired())
        ev.clear()
        print(t(), 'T1', 'event', ev.is_set())
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def scenario6():
    print('scenario 6')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=0)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s6_task0, s6_task1,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s7_task0(cond, q, lock, sem, ev):
    try:
        r = await asyncio.shield(child(0+1, 0.1))
        print(t(), 'T0', 'shield', r)
        r = await asyncio.shield(child(0+1, 0.1))
        print(t(), 'T0', 'shield', r)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.25)
        except TimeoutError:
            print(t(), 'T0', 'timeout_at expired', cm.expired())
        r = await asyncio.shield(child(0+1, 0.5))
        print(t(), 'T0', 'shield', r)
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s7_task1(cond, q, lock, sem, ev):
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(1, 0.1))
            b = tg.create_task(child(1+1, 0.1))
        print(t(), 'T1', 'tg', a.result(), b.result())
        ts = [asyncio.create_task(child(1+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
        print(t(), 'T1', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.25)
        except TimeoutError:
            print(t(), 'T1', 'timeout_at expired', cm.expired())
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def scenario7():
    print('scenario 7')
    cond = asyncio.Condition()
    q = asyncio.PriorityQueue(maxsize=2)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s7_task0, s7_task1,))]
    await asyncio.sleep(0)
    tasks[0].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s8_task0(cond, q, lock, sem, ev):
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(0, 0.25))
            b = tg.create_task(child(0+1, 0.1))
        print(t(), 'T0', 'tg', a.result(), b.result())
        async with cond:
            cond.notify(2)
            print(t(), 'T0', 'notify')
        asyncio.get_running_loop().call_later(0.1, print, 'later from T0')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T0')
        h.cancel()
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0)
        except TimeoutError:
            print(t(), 'T0', 'timeout_at expired', cm.expired())
        asyncio.get_running_loop().call_later(0.5, print, 'later from T0')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T0')
        pass
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s8_task1(cond, q, lock, sem, ev):
    try:
        asyncio.get_running_loop().call_later(0.5, print, 'later from T1')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T1')
        pass
        asyncio.get_running_loop().call_later(0.1, print, 'later from T1')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T1')
        h.cancel()
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(1, 0.5))
            b = tg.create_task(child(1+1, 0.1))
        print(t(), 'T1', 'tg', a.result(), b.result())
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T1', 'notified')
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T1', 'got', item)
        async with cond:
            cond.notify(1)
            print(t(), 'T1', 'notify')
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s8_task2(cond, q, lock, sem, ev):
    try:
        await asyncio.sleep(0)
        print(t(), 'T2', len(asyncio.all_tasks()), asyncio.current_task().get_name())
        await asyncio.wait_for(q.put((3, 2)), 0.2)
        print(t(), 'T2', 'put', q.qsize())
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T2', 'notified')
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.2)
        except TimeoutError:
            print(t(), 'T2', 'timeout_at expired', cm.expired())
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def scenario8():
    print('scenario 8')
    cond = asyncio.Condition()
    q = asyncio.PriorityQueue(maxsize=0)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s8_task0, s8_task1, s8_task2,))]
    await asyncio.sleep(0.3)
    tasks[1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s9_task0(cond, q, lock, sem, ev):
    try:
        await asyncio.wait_for(q.put((9, 0)), 0.2)
        print(t(), 'T0', 'put', q.qsize())
        await asyncio.sleep(0.2)
        print(t(), 'T0', 'slept 0.2')
        await asyncio.sleep(0.2)
        print(t(), 'T0', 'slept 0.2')
        c = asyncio.create_task(child(0+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 0')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T0', 'cancelled with', e.args)
        asyncio.get_running_loop().call_later(0.2, print, 'later from T0')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T0')
        pass
        c = asyncio.create_task(child(0+1, 0.3))
        await asyncio.sleep(0.1)
        c.cancel('stop 0')
        try:
            await c
        except asyncio.CancelledError as e:
            print(t(), 'T0', 'cancelled with', e.args)
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s9_task1(cond, q, lock, sem, ev):
    try:
        ts = [asyncio.create_task(child(1+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
        print(t(), 'T1', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child(1, 0.5))
            b = tg.create_task(child(1+1, 0.1))
        print(t(), 'T1', 'tg', a.result(), b.result())
        await asyncio.sleep(0)
        print(t(), 'T1', 'slept 0')
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0)
        except TimeoutError:
            print(t(), 'T1', 'timeout_at expired', cm.expired())
        async with sem:
            print(t(), 'T1', 'in semaphore')
            await asyncio.sleep(0.1)
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s9_task2(cond, q, lock, sem, ev):
    try:
        await asyncio.sleep(0)
        print(t(), 'T2', len(asyncio.all_tasks()), asyncio.current_task().get_name())
        asyncio.get_running_loop().call_later(0, print, 'later from T2')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T2')
        pass
        r = await asyncio.shield(child(2+1, 0.25))
        print(t(), 'T2', 'shield', r)
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def scenario9():
    print('scenario 9')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s9_task0, s9_task1, s9_task2,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s10_task0(cond, q, lock, sem, ev):
    try:
        ts = [asyncio.create_task(child(0+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
        print(t(), 'T0', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        r = await asyncio.shield(child(0+1, 0.1))
        print(t(), 'T0', 'shield', r)
        try:
            await asyncio.wait_for(child(0+1, 0.1), 0.2)
            print(t(), 'T0', 'wait_for ok')
        except TimeoutError:
            print(t(), 'T0', 'wait_for timeout')
        async with cond:
            cond.notify(2)
            print(t(), 'T0', 'notify')
        async with cond:
            cond.notify(1)
            print(t(), 'T0', 'notify')
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T0', 'notified')
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s10_task1(cond, q, lock, sem, ev):
    try:
        async with lock:
            print(t(), 'T1', 'locked')
            await asyncio.sleep(0)
        cs = [asyncio.create_task(child(1+k, 0.2 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T1', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T1', 'as_completed error', e)
        await asyncio.sleep(0.5)
        print(t(), 'T1', 'slept 0.5')
        await asyncio.sleep(0.1)
        print(t(), 'T1', 'slept 0.1')
        async with sem:
            print(t(), 'T1', 'in semaphore')
            await asyncio.sleep(0)
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s10_task2(cond, q, lock, sem, ev):
    try:
        await asyncio.wait_for(q.put((6, 2)), 0.2)
        print(t(), 'T2', 'put', q.qsize())
        async with sem:
            print(t(), 'T2', 'in semaphore')
            await asyncio.sleep(0.5)
        ts = [asyncio.create_task(child(2+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
        print(t(), 'T2', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def scenario10():
    print('scenario 10')
    cond = asyncio.Condition()
    q = asyncio.PriorityQueue(maxsize=0)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s10_task0, s10_task1, s10_task2,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


async def s11_task0(cond, q, lock, sem, ev):
    try:
        asyncio.get_running_loop().call_later(0.2, print, 'later from T0')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T0')
        h.cancel()
        cs = [asyncio.create_task(child(0+k, 0.25 * (3 - k))) for k in (1, 2, 3)]
        for f in asyncio.as_completed(cs):
            try:
                print(t(), 'T0', 'as_completed', await f)
            except ValueError as e:
                print(t(), 'T0', 'as_completed error', e)
    except* ValueError as eg:
        print(t(), 'T0 group', [str(e) for e in eg.exceptions])
    return 'T0 done'

async def s11_task1(cond, q, lock, sem, ev):
    try:
        asyncio.get_running_loop().call_later(0.2, print, 'later from T1')
        h = asyncio.get_running_loop().call_soon(print, 'soon from T1')
        h.cancel()
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0)
        except TimeoutError:
            print(t(), 'T1', 'timeout_at expired', cm.expired())
        ts = [asyncio.create_task(child(1+k, 0.1 * k)) for k in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
        print(t(), 'T1', 'wait', len(done), len(pending))
        for p in sorted(pending, key=lambda p: p.get_name()):
            p.cancel()
        await asyncio.gather(*ts, return_exceptions=True)
        await asyncio.sleep(0.25)
        print(t(), 'T1', 'slept 0.25')
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.15) as cm:
                await asyncio.sleep(0.25)
        except TimeoutError:
            print(t(), 'T1', 'timeout_at expired', cm.expired())
    except* ValueError as eg:
        print(t(), 'T1 group', [str(e) for e in eg.exceptions])
    return 'T1 done'

async def s11_task2(cond, q, lock, sem, ev):
    try:
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.3)
            print(t(), 'T2', 'notified')
        try:
            await asyncio.wait_for(ev.wait(), 0.2)
            print(t(), 'T2', 'event seen')
        except TimeoutError:
            print(t(), 'T2', 'no event')
        async with lock:
            print(t(), 'T2', 'locked')
            await asyncio.sleep(0.5)
        item = await asyncio.wait_for(q.get(), 0.2)
        print(t(), 'T2', 'got', item)
        async with sem:
            print(t(), 'T2', 'in semaphore')
            await asyncio.sleep(0.25)
        async with cond:
            cond.notify(2)
            print(t(), 'T2', 'notify')
    except* ValueError as eg:
        print(t(), 'T2 group', [str(e) for e in eg.exceptions])
    return 'T2 done'

async def scenario11():
    print('scenario 11')
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(f(cond, q, lock, sem, ev), name=f'W{k}') for k, f in enumerate((s11_task0, s11_task1, s11_task2,))]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([f'{type(r).__name__}: {r}' for r in results])
    await asyncio.sleep(5)  # what the tasks left behind finishes
    print('end', t(), q.qsize(), cond.locked(), lock.locked(), ev.is_set())


asyncio.run(scenario0())
asyncio.run(scenario1())
asyncio.run(scenario2())
asyncio.run(scenario3())
asyncio.run(scenario4())
asyncio.run(scenario5())
asyncio.run(scenario6())
asyncio.run(scenario7())
asyncio.run(scenario8())
asyncio.run(scenario9())
asyncio.run(scenario10())
asyncio.run(scenario11())
