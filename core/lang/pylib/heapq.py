# heapq for Loopscope programs: the heap operations are native (_heapq); nlargest,
# nsmallest and merge follow CPython 3.11's heapq.py, decorating items with their
# position so that equal items come out in CPython's order.

from _heapq import (
    heappush, heappop, heapreplace, heappushpop, heapify,
    _heappop_max, _heapreplace_max, _heapify_max,
)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']

_SENTINEL = object()


def merge(*iterables, key=None, reverse=False):
    # Each heap entry is [key, order, value, iterator]: order breaks ties in favour
    # of the earlier iterable, and makes entries never compare their iterators.
    if reverse:
        _heapify, _heappop, _heapreplace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify, _heappop, _heapreplace, direction = heapify, heappop, heapreplace, 1
    h = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        value = next(it, _SENTINEL)
        if value is not _SENTINEL:
            h.append([value if key is None else key(value), order * direction, value, it])
    _heapify(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        value = next(entry[3], _SENTINEL)
        if value is _SENTINEL:
            _heappop(h)
        else:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            _heapreplace(h, entry)
    if h:
        yield h[0][2]
        yield from h[0][3]


def nsmallest(n, iterable, key=None):
    if n == 1:
        result = min(iter(iterable), default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        # range(n) first, so that zip() does not take one element too many.
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    if n == 1:
        result = max(iter(iterable), default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
