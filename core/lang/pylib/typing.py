# typing for Loopscope programs: the names asyncio code annotates with, enough for
# annotations to evaluate and to print as CPython 3.11 prints them (typing.List[int],
# typing.Optional[str], ~T). Generic[T] and Protocol[T] return the class itself, so
# they work as bases. NamedTuple in both forms (the class form through
# __mro_entries__ and a metaclass, as CPython's). Left out: isinstance() against typing
# aliases, typing.get_type_hints of string annotations.
# TypedDict classes are dict subclasses here (CPython's instances are plain dicts).

import collections

TYPE_CHECKING = False


def _type_repr(obj):
    # As CPython's typing._type_repr: builtins by bare name, other classes qualified.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if callable(obj) and hasattr(obj, '__name__') and not isinstance(obj, (_Final, TypeVar)):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    return type(None) if arg is None else arg


class _Final:
    pass


def _check_instantiable(origin, name):
    # List[int]() is refused as in CPython; Deque[int]() makes a deque.
    if origin in (list, dict, set, frozenset, tuple, type):
        raise TypeError(f'Type {name} cannot be instantiated; use {origin.__name__}() instead')


class _GenericAlias(_Final):
    # A subscripted form: List[int] has __origin__ list and __args__ (int,).
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'typing.{self._name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        _check_instantiable(self.__origin__, self._name)
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return self

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


class _SpecialGenericAlias(_Final):
    # An unsubscripted alias of a class: List, Dict, Awaitable ...
    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        _check_instantiable(self.__origin__, self._name)
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., _type_check(result)), 'Callable')
        # As 3.11, a bare argument is taken as a one-element list (Callable[int, str]).
        if not isinstance(args, list):
            args = [args]
        return _CallableGenericAlias(self.__origin__, tuple(_type_check(a) for a in args) + (_type_check(result),),
                                     'Callable')


class _SpecialForm(_Final):
    # Any, Union, Optional, ClassVar ...: named forms; some take a subscript.
    def __init__(self, name, getitem=None):
        self._special_name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._special_name

    def __getitem__(self, parameters):
        if self._getitem is None:
            # Any is a class in CPython 3.11, the others are special forms.
            if self._special_name == 'Any':
                raise TypeError("type 'Any' is not subscriptable")
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        if self._special_name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        members = p.__args__ if isinstance(p, _UnionGenericAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), 'Union')


def _optional(self, parameter):
    return Union[parameter, None]


def _one_arg(self, parameter):
    return _GenericAlias(self, (_type_check(parameter),), self._special_name)


def _many_args(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._special_name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
Literal = _SpecialForm('Literal', _many_args)
Annotated = _SpecialForm('Annotated', _many_args)
Concatenate = _SpecialForm('Concatenate', _many_args)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    # Generic[T], and Stack[int] for a Generic subclass, are the class itself here.
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def _alias(origin, name):
    return _SpecialGenericAlias(origin, name)


class _AbstractAlias:
    # Stands for an abstract collection class where only its name matters.
    pass


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Tuple = _alias(tuple, 'Tuple')
Type = _alias(type, 'Type')
Deque = _alias(collections.deque, 'Deque')
DefaultDict = _alias(collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 'OrderedDict')
Counter = _alias(collections.Counter, 'Counter')
Callable = _CallableType(_AbstractAlias, 'Callable')
Awaitable = _alias(_AbstractAlias, 'Awaitable')
Coroutine = _alias(_AbstractAlias, 'Coroutine')
AsyncIterable = _alias(_AbstractAlias, 'AsyncIterable')
AsyncIterator = _alias(_AbstractAlias, 'AsyncIterator')
AsyncGenerator = _alias(_AbstractAlias, 'AsyncGenerator')
Iterable = _alias(_AbstractAlias, 'Iterable')
Iterator = _alias(_AbstractAlias, 'Iterator')
Generator = _alias(_AbstractAlias, 'Generator')
Sequence = _alias(_AbstractAlias, 'Sequence')
MutableSequence = _alias(_AbstractAlias, 'MutableSequence')
Mapping = _alias(_AbstractAlias, 'Mapping')
MutableMapping = _alias(_AbstractAlias, 'MutableMapping')
AbstractSet = _alias(_AbstractAlias, 'AbstractSet')
MutableSet = _alias(_AbstractAlias, 'MutableSet')
Collection = _alias(_AbstractAlias, 'Collection')
Container = _alias(_AbstractAlias, 'Container')
Hashable = _alias(_AbstractAlias, 'Hashable')
Sized = _alias(_AbstractAlias, 'Sized')
Reversible = _alias(_AbstractAlias, 'Reversible')
AsyncContextManager = _alias(_AbstractAlias, 'AsyncContextManager')
ContextManager = _alias(_AbstractAlias, 'ContextManager')
Text = str


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    return obj


def get_origin(tp):
    return getattr(tp, '__origin__', None) if isinstance(tp, _GenericAlias) else None


def get_args(tp):
    return tp.__args__ if isinstance(tp, _GenericAlias) else ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # Annotations as stored (string annotations are not evaluated here); a class's
    # hints merge its bases', the most derived last.
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = type(None) if value is None else value
        return hints
    return {name: type(None) if value is None else value
            for name, value in getattr(obj, '__annotations__', {}).items()}


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return f'__main__.{self.__qualname__}'

    def __call__(self, x):
        return x


# Names a NamedTuple class body may not define (the namedtuple's own machinery), and
# the ones it defines anyway that are not copied onto the class.
_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                    '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


def _make_namedtuple(typename, fields, defaults, module):
    cls = collections.namedtuple(typename, [name for name, _ in fields], defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    # What `class P(NamedTuple): x: int = 0` makes: a namedtuple with the annotated
    # fields (defaults from the assignments), and the body's other names copied onto it.
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        defaults = []
        for name in annotations:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(n for n in annotations if n in ns)}")
        nt = _make_namedtuple(typename, annotations.items(), defaults, ns['__module__'])
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nt._fields:
                setattr(nt, key, ns[key])
        return nt


class _NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


def NamedTuple(typename, fields=None, /, **kwargs):
    # The functional form: NamedTuple('Point', [('x', int), ('y', int)]).
    if fields is None:
        fields = kwargs.items()
    return _make_namedtuple(typename, list(fields), None, None)


def _namedtuple_mro_entries(bases):
    # class P(NamedTuple): the class statement's base is _NamedTuple, whose metaclass
    # makes the namedtuple.
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class TypedDict(dict):
    # class P(TypedDict, total=False): CPython's metaclass takes `total`; here the
    # subclass hook does, and records it as CPython does.
    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__total__ = total
