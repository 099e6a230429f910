# types for Loopscope programs: GenericAlias (what list[int] makes) and UnionType (what
# int | None makes), so that modern annotations evaluate and print as in CPython 3.11;
# SimpleNamespace, the types of functions, methods, generators and modules, and
# coroutine (a generator-based coroutine, awaitable).
# The VM builds them for list, dict, tuple, set, frozenset and type (protocol.cpp).
# isinstance() against a UnionType is not supported.

from _introspect import mark_iterable_coroutine as _mark_iterable_coroutine

NoneType = type(None)


def _function():
    pass


async def _coroutine():
    pass


def _generator():
    yield


class _Class:
    def _method(self):
        pass


FunctionType = LambdaType = type(_function)
BuiltinFunctionType = BuiltinMethodType = type(len)
MethodType = type(_Class()._method)
GeneratorType = type(_generator())
_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()
import math as _math
ModuleType = type(_math)


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _arg_repr(obj):
    # As CPython's genericaliasobject.c ga_repr_item.
    if obj is ...:
        return '...'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, list):
        return '[' + ', '.join(_arg_repr(a) for a in obj) + ']'
    return repr(obj)


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        if not self.__args__:
            return f'{_arg_repr(self.__origin__)}[()]'
        return f'{_arg_repr(self.__origin__)}[{", ".join(_arg_repr(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


class UnionType:
    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _arg_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


def _union(left, right):
    # int | str | None: members flattened and deduplicated, None as NoneType.
    members = []
    for side in (left, right):
        if side is None:
            side = NoneType
        if not isinstance(side, (type, GenericAlias, UnionType)):
            return NotImplemented
        for m in side.__args__ if isinstance(side, UnionType) else (side,):
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


class _GeneratorWrapper:
    # What coroutine() makes of a generator returned by a function that is not a
    # generator function: awaitable, delegating to the generator.
    def __init__(self, gen):
        self.__wrapped = gen

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        if func.__code__.co_flags & 0x180:  # a coroutine function, or marked already
            return func
        if _mark_iterable_coroutine(func):  # a generator function: its generators await
            return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:  # (a marked one awaits through the wrapper too)
            return _GeneratorWrapper(coro)
        return coro

    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', wrapped.__name__)
    wrapped.__wrapped__ = func
    return wrapped
