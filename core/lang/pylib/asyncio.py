# asyncio for Loopscope programs: the algorithms of CPython 3.11.7's asyncio
# (tasks.py, locks.py, queues.py, timeouts.py, taskgroups.py), written against the
# native Future, Task and event loop of _asyncio, which are core/loop's own. Every
# waiter future is labelled with what it waits for (_set_wait) so the timeline can
# say "waiting on queue get" rather than "waiting on a future".

from _asyncio import (
    Future, Task, Handle, TimerHandle, CancelledError, InvalidStateError, TimeoutError,
    QueueEmpty, QueueFull,
    get_running_loop, _get_running_loop, create_task, current_task, all_tasks,
    iscoroutine, run, get_event_loop, new_event_loop, set_event_loop, _set_wait, _future_with_cancel_hook, _new_trace_id, _sleep, _gather,
    _take_asyncgens, _report_asyncgen_error,
    Queue, LifoQueue, PriorityQueue,
)

class IncompleteReadError(EOFError):
    # Raised by StreamReader.readexactly / readuntil at EOF.
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    # Raised by StreamReader.readuntil when no separator is found within the limit.
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


IncompleteReadError.__module__ = LimitOverrunError.__module__ = 'asyncio.exceptions'

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

def _waiter(kind, trace_id):
    fut = get_running_loop().create_future()
    _set_wait(fut, kind, trace_id)
    return fut


def _log_new_loop(selector):
    # CPython's selector event loop logs its selector at DEBUG when it is made (logger
    # "asyncio", selector_events.py's __init__, line 54): seen once logging is set up.
    import logging
    logger = logging.getLogger("asyncio")
    if logger.isEnabledFor(logging.DEBUG):
        logger.handle(logger.makeRecord("asyncio", logging.DEBUG, "/usr/lib/python3.11/asyncio/selector_events.py",
                                        54, "Using selector: %s", (selector,), None, "__init__"))


def _log_slow_callback(handle, seconds):
    # Debug mode's warning for a callback or task step that held the loop (logger
    # "asyncio", from base_events.py's _run_once as in CPython 3.11).
    import logging
    logger = logging.getLogger("asyncio")
    if logger.isEnabledFor(logging.WARNING):
        logger.handle(logger.makeRecord("asyncio", logging.WARNING, "/usr/lib/python3.11/asyncio/base_events.py",
                                        1917, "Executing %s took %.3f seconds", (handle, seconds), None, "_run_once"))


def isfuture(obj):
    return isinstance(obj, Future)


def iscoroutinefunction(func):
    # inspect.iscoroutinefunction: a function whose code is a coroutine's (CO_COROUTINE).
    while hasattr(func, '__func__'):
        func = func.__func__
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


async def sleep(delay, result=None):
    # The body of CPython's sleep (a bare yield for delay <= 0, else a future that a
    # call_later timer completes) is the native awaitable _sleep.
    return await _sleep(delay, result)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()  # the running loop, or the one run_until_complete will run
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def _cancelled_error(fut):
    # The CancelledError a cancelled future raises (with its message).
    try:
        fut.result()
    except CancelledError as exc:
        return exc


def gather(*coros_or_futures, return_exceptions=False):
    # Coroutines and futures natively (modules/asyncio_gather.cpp); other awaitables here,
    # and everything when a task factory makes the tasks (loop.set_task_factory).
    loop = _get_running_loop()
    factory = loop is not None and loop.get_task_factory() is not None
    outer = None if factory else _gather(coros_or_futures, return_exceptions)
    if outer is not None:
        return outer
    loop = get_running_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    state = {'finished': 0, 'cancel_requested': False}
    outer = None

    def on_cancel(msg):
        # Cancelling a gather cancels its children; it finishes when they have.
        cancelled = False
        for child in children:
            if child.cancel(msg):
                cancelled = True
        if cancelled:
            state['cancel_requested'] = True
        return cancelled

    def done_callback(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # marks it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(_cancelled_error(fut))
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(arg_to_fut):
            results = []
            for child in children:
                if child.cancelled():
                    # Not _cancelled_error: that would take the child's own CancelledError.
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if state['cancel_requested']:
                outer.set_exception(_cancelled_error(fut) if fut.cancelled() else CancelledError())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg)
            arg_to_fut[arg] = fut
            # A future already done gets its callback soon, not now (as 3.11).
            fut.add_done_callback(done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _future_with_cancel_hook(on_cancel)
    _set_wait(outer, 'gather', 0)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = _waiter('wait', 0)
    release = lambda f: _release_waiter(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = _waiter('wait', 0)
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def _unique_futures(fs):
    # Like CPython's {ensure_future(f) for f in set(fs)}, in a deterministic order.
    seen = {}
    for f in fs:
        if f not in seen:
            seen[f] = None
    return {ensure_future(f): None for f in seen}


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    todo = list(_unique_futures(fs))
    loop = get_running_loop()
    waiter = _waiter('wait', 0)
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(todo)]

    def on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in todo:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in todo:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in todo:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_running_loop()
    todo = _unique_futures(fs)
    state = {'timeout_handle': None}

    # The handle is dropped once it fired or was cancelled: the state holding it would
    # otherwise hold these closures, which hold the state (a cycle outliving the call).
    def on_timeout():
        state['timeout_handle'] = None
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and state['timeout_handle'] is not None:
            state['timeout_handle'].cancel()
            state['timeout_handle'] = None

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        state['timeout_handle'] = loop.call_later(timeout, on_timeout)
    # A generator function as in CPython: nothing above runs before the first next()
    # (`await as_completed(...)` is a TypeError and its coroutines are never wrapped).
    for _ in range(len(todo)):
        yield wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = get_running_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# --- timeouts ---------------------------------------------------------------------------

class Timeout:
    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# --- TaskGroup --------------------------------------------------------------------------

class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}  # insertion-ordered set
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass  # the cancellation was ours: swallow it
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = _waiter('wait', 0)
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors) from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# --- synchronization primitives ---------------------------------------------------------

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = []
        self._locked = False
        self._trace_id = _new_trace_id()

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object at {id(self):#014x} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = _waiter('lock', self._trace_id)
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False
        self._trace_id = _new_trace_id()

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object at {id(self):#014x} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _waiter('event', self._trace_id)
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
        self._trace_id = _new_trace_id()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object at {id(self):#014x} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = _waiter('condition', self._trace_id)
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back even if the wait is cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = []
        self._value = value
        self._trace_id = _new_trace_id()

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object at {id(self):#014x} [{extra}]>'

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = _waiter('semaphore', self._trace_id)
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # Woken (given a unit) and cancelled before running: pass the unit on.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class BrokenBarrierError(RuntimeError):
    """The barrier was aborted or reset while a task waited on it."""


BrokenBarrierError.__module__ = 'asyncio.exceptions'


class Barrier(_ContextManagerMixin):
    # locks.py's Barrier: tasks wait until `parties` of them have arrived, then all go
    # on (each with its arrival index); a Condition carries the state changes.
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object at {hex(id(self))} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Not while the barrier drains or resets; not at all once broken.
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'


async def _shutdown_step():
    pass


async def _shutdown_asyncgens(loop):
    # base_events.py's shutdown_asyncgens: close the async generators still alive.
    closing = _take_asyncgens(loop)
    if not closing:
        return
    results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
    for result, agen in zip(results, closing):
        if isinstance(result, Exception):
            _report_asyncgen_error(agen, result)


_shutdown_asyncgens.__name__ = 'shutdown_asyncgens'
_shutdown_asyncgens.__qualname__ = 'BaseEventLoop.shutdown_asyncgens'


def _cancel_all_tasks(loop):
    # runners.py's: cancel what is left on the loop and let it finish.
    to_cancel = [task for task in all_tasks(loop) if not task.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


class Runner:
    # runners.py's Runner (3.11): one loop for several run() calls, closed at the end.
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            # CPython runs shutdown_asyncgens() and shutdown_default_executor() as tasks.
            loop.run_until_complete(_shutdown_asyncgens(loop))
            loop.run_until_complete(_shutdown_step())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


async def _shutdown_default_executor():
    pass  # loop.shutdown_default_executor(): no executor was ever made


def _no_threads(name):
    raise NotImplementedError(f"asyncio.{name}(): Loopscope runs one thread; "
                              "call the function directly (it blocks the loop) or make it a coroutine")


# TCP streams, servers, protocols and transports: the in-memory network of
# _asyncio_streams.py, imported on first use (most programs never open a connection).
_STREAMS_NAMES = {
    'open_connection', 'start_server', 'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'Server',
    'BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol', 'SubprocessProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
}


def __getattr__(name):
    if name in _STREAMS_NAMES:
        import _asyncio_streams
        return getattr(_asyncio_streams, name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")


async def to_thread(func, /, *args, **kwargs):
    _no_threads('to_thread')


def run_coroutine_threadsafe(coro, loop):
    coro.close()
    _no_threads('run_coroutine_threadsafe')


# Queue, LifoQueue and PriorityQueue are native (modules/asyncio_queue.cpp).
