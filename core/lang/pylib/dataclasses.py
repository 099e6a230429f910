# dataclasses for Loopscope programs, after CPython 3.11's dataclasses.py. CPython
# generates each method's source and exec()s it; here the methods are closures over
# the class's fields, and __init__ binds its arguments itself with CPython's error
# messages. Supported: init, repr, eq, order, unsafe_hash, frozen, match_args,
# kw_only (and KW_ONLY), field(), InitVar, ClassVar (typing.ClassVar objects, not
# strings), __post_init__, fields, asdict, astuple, replace, is_dataclass.
# slots=True is accepted and ignored.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _names_form(annotation, names):
    # A string annotation (from __future__ import annotations) naming ClassVar or
    # InitVar, bare or subscripted, as CPython's _is_type recognises them.
    return isinstance(annotation, str) and annotation.split('[')[0].strip() in names


def _is_classvar(annotation):
    # typing.ClassVar or typing.ClassVar[...] (see typing.py's _SpecialForm).
    return getattr(annotation, '_special_name', None) == 'ClassVar' or \
        getattr(getattr(annotation, '__origin__', None), '_special_name', None) == 'ClassVar' or \
        _names_form(annotation, ('ClassVar', 'typing.ClassVar'))


def _is_initvar(annotation):
    return isinstance(annotation, InitVar) or annotation is InitVar or \
        _names_form(annotation, ('InitVar', 'dataclasses.InitVar'))


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # Never overwrites what the class body defined; says whether it was there.
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return False


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, std_fields, kw_only_fields, frozen, has_post_init):
    # The parameters CPython's generated __init__ would have: std_fields positional,
    # kw_only_fields after '*'. Defaults are each Field's default or default_factory.
    params = std_fields + kw_only_fields
    names = [f.name for f in params]
    npos = len(std_fields)
    ndefaults = sum(1 for f in std_fields
                    if f.default is not MISSING or f.default_factory is not MISSING)
    all_fields = list(getattr(cls, _FIELDS).values())

    def __init__(self, *args, **kwargs):
        qualname = f'{cls.__qualname__}.__init__'
        values = {}
        for i in range(min(len(args), npos)):
            values[names[i]] = args[i]
        for key, value in kwargs.items():
            if key not in names[:npos] and key not in names[npos:]:
                raise TypeError(f'{qualname}() got an unexpected keyword argument {key!r}')
            if key in values:
                raise TypeError(f'{qualname}() got multiple values for argument {key!r}')
            values[key] = value
        if len(args) > npos:
            if ndefaults:
                sig = f'from {npos - ndefaults + 1} to {npos + 1}'
                plural = 's'
            else:
                sig = f'{npos + 1}'
                plural = '' if npos == 0 else 's'
            given = len(args) + 1
            kw_given = sum(1 for n in names[npos:] if n in values)
            if kw_given:
                kw_sig = (f" positional argument{'' if given == 1 else 's'} "
                          f"(and {kw_given} keyword-only argument{'' if kw_given == 1 else 's'})")
            else:
                kw_sig = ''
            were = 'was' if given == 1 and not kw_given else 'were'
            raise TypeError(f'{qualname}() takes {sig} positional argument{plural} but {given}{kw_sig} {were} given')
        for kind, group in (('positional', std_fields), ('keyword-only', kw_only_fields)):
            missing = [f.name for f in group if f.name not in values and
                       f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError(f"{qualname}() missing {len(missing)} required {kind} "
                                f"argument{'' if len(missing) == 1 else 's'}: {_quoted_list(missing)}")
        initvars = []
        for f in all_fields:
            if f._field_type is _FIELD_CLASSVAR:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
            elif frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    return __init__


_repr_running = set()


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields]
            return f'{self.__class__.__qualname__}({", ".join(parts)})'
        finally:
            _repr_running.discard(key)
    return __repr__


def _make_compare(name, fields, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, f.name) for f in fields),
                      tuple(getattr(other, f.name) for f in fields))
        return NotImplemented
    compare.__name__ = name
    return compare


def _make_hash(fields):
    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in fields))
    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY:
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, std_init_fields, kw_only_init_fields, frozen,
                                      hasattr(cls, '__post_init__')))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))
    compare_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare('__eq__', compare_fields, lambda a, b: a == b))
    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_compare(name, compare_fields, op)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen_methods(cls, tuple(f.name for f in fields.values()))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # CPython's _hash_action table, keyed by (unsafe_hash, eq, frozen, explicit hash).
    if unsafe_hash and has_explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if not has_explicit_hash:
        if unsafe_hash or (eq and frozen):
            hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
            cls.__hash__ = _make_hash(hash_fields)
        elif eq:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory):
    if _is_dataclass_instance(obj):
        return factory([(f.name, _convert(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory), _convert(v, factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def _as_tuple(items):
    return tuple(v for _, v in items)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    if tuple_factory is tuple:
        return _convert(obj, _as_tuple)
    return _convert(obj, lambda items: tuple_factory(v for _, v in items))


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **options)
