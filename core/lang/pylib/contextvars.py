# contextvars for Loopscope programs: ContextVar, Token, Context and copy_context, with
# CPython's behaviour under asyncio (each task runs in a copy of its creator's
# context, so a value set in one task is not seen by another). The current context
# lives in the runtime (modules/contextvars_natives.cpp).
from _contextvars import current as _current, peek as _peek, enter as _enter, leave as _leave

_NO_DEFAULT = object()


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    MISSING = _Missing()

    def __init__(self, context_data, var, old_value):
        self._data = context_data
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {hex(id(self))}>"


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        data = _peek()
        if data is not None and self in data:
            return data[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current()
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(data, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        data = _current()
        if token._data is not data:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = "" if self._default is _NO_DEFAULT else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at {hex(id(self))}>"

    def __class_getitem__(cls, item):
        return cls


class Context:
    def __init__(self, data=None):
        self._data = {} if data is None else data
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._entered = True
        _enter(self._data)
        try:
            return callable(*args, **kwargs)
        finally:
            _leave()
            self._entered = False

    def copy(self):
        return Context(dict(self._data))

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        return f"<_contextvars.Context object at {hex(id(self))}>"


def copy_context():
    data = _peek()
    return Context(dict(data) if data else {})
