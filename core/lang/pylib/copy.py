# copy for Loopscope programs: shallow and deep copies as CPython's copy.py makes them
# (__copy__ and __deepcopy__ honoured, shared and cyclic references kept through the
# memo), for the builtin containers and instances of classes written in Python.


class Error(Exception):
    pass


error = Error

_IMMUTABLE = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0), type(Ellipsis),
              type(NotImplemented), property, frozenset)


def copy(x):
    cls = type(x)
    if cls in _IMMUTABLE or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, deep=False)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _IMMUTABLE:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items all stayed the same objects is itself.
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, deep=True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay alive while the memo does, so their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif isinstance(x, (list, dict, set, tuple, str)):
        y = cls.__new__(cls) if not isinstance(x, (tuple, str)) else cls.__new__(cls, x)
        if isinstance(x, list):
            y.extend(deepcopy(a, memo) if deep else a for a in x)
        elif isinstance(x, dict):
            for key, value in x.items():
                y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
        elif isinstance(x, set):
            y.update(deepcopy(a, memo) if deep else a for a in x)
    else:
        y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y
