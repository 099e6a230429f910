# enum for Loopscope programs, after CPython 3.11's enum.py: Enum, StrEnum, IntEnum,
# Flag, IntFlag, auto, unique and the functional API (Enum("Animal", "ANT BEE")), with
# CPython's reprs, lookups, aliases and errors. Members are made by the metaclass
# EnumType when the class statement ends.
# Differences: IntEnum and IntFlag members behave as ints (comparisons, arithmetic,
# hashing, formatting, index) but are not int instances; Flag accepts any value of its
# bits (no boundary checks); __members__ is a dict, not a mappingproxy.

__all__ = ["EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "auto", "unique"]


class auto:
    """Stands for the next value (_generate_next_value_) in a member definition."""
    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(value):
    # Functions, properties, classmethods and staticmethods stay methods of the class.
    if isinstance(value, (property, classmethod, staticmethod)) or type(value).__name__ == "function":
        return True
    kind = type(value)
    return hasattr(kind, "__get__") or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def _member_type(bases):
    # The data type members are made of (str for StrEnum): the first base along the
    # bases' MROs that defines __new__, as CPython's _find_data_type_; object if none.
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                break
            if "__new__" in base.__dict__:
                return base
    return object


class EnumType(type):
    def __new__(mcls, name, bases, ns, *, boundary=None, _simple=False, **kwargs):
        definitions = []
        for key, value in list(ns.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                continue
            definitions.append((key, value))
            del ns[key]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {name!r}> cannot extend {base!r}")
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_type_ = _member_type(bases)
        enum_base = next((b for b in cls.__mro__[1:] if isinstance(b, EnumType)), None)
        # A data type's repr/str/format would come first in the MRO; the enum's win.
        if enum_base is not None and cls._member_type_ is not object:
            for method in ("__repr__", "__str__", "__format__"):
                if method not in ns:
                    setattr(cls, method, getattr(enum_base, method))
        last_values = []
        for key, value in definitions:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(key, 1, len(cls._member_names_), last_values[:])
                value = value.value
            cls._add_member_(key, value)
            last_values.append(value)
        return cls

    def _add_member_(cls, name, value):
        for member in cls._member_map_.values():
            if member._value_ == value:  # an alias
                setattr(cls, name, member)  # before it is a member: then it cannot be set
                cls._member_map_[name] = member
                return
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is object:
            member = object.__new__(cls)
            member._value_ = value
        else:
            member = cls._member_type_.__new__(cls, *args)
            member._value_ = cls._member_type_(*args)
        member._name_ = name
        member.__init__(*args)
        setattr(cls, name, member)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[member._value_] = member
        except TypeError:
            pass  # unhashable values are found by a scan

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, start):
        # The functional API: names as "A B C", "A,B", a list of names or of
        # (name, value) pairs, or a mapping.
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                items, last = [], []
                for count, name in enumerate(names):
                    value = cls._generate_next_value_(name, start, count, last[:])
                    last.append(value)
                    items.append((name, value))
            else:
                items = names
        ns = {"__module__": "__main__", "__qualname__": class_name}
        for name, value in items:
            ns[name] = value
        return EnumType(class_name, (cls,), ns)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot delete member {name!r}")
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None  # defined below; EnumType.__repr__ reads it


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """Only the repr is the enum's; str() and format() are the value's."""
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    def __init__(self, *args):
        if not isinstance(self._value_, str):
            raise TypeError(f"{self._value_!r} is not a string")

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


class _IntLike:
    # int's behaviour for IntEnum and IntFlag members, on their value.
    def __int__(self): return int(self._value_)
    def __index__(self): return int(self._value_)
    def __float__(self): return float(self._value_)
    def __bool__(self): return bool(self._value_)
    def __hash__(self): return hash(self._value_)
    def __eq__(self, other): return self._value_ == _value_of(other)
    def __ne__(self, other): return self._value_ != _value_of(other)
    def __lt__(self, other): return self._value_ < _value_of(other)
    def __le__(self, other): return self._value_ <= _value_of(other)
    def __gt__(self, other): return self._value_ > _value_of(other)
    def __ge__(self, other): return self._value_ >= _value_of(other)
    def __add__(self, other): return self._value_ + _value_of(other)
    def __radd__(self, other): return _value_of(other) + self._value_
    def __sub__(self, other): return self._value_ - _value_of(other)
    def __rsub__(self, other): return _value_of(other) - self._value_
    def __mul__(self, other): return self._value_ * _value_of(other)
    def __rmul__(self, other): return _value_of(other) * self._value_
    def __truediv__(self, other): return self._value_ / _value_of(other)
    def __rtruediv__(self, other): return _value_of(other) / self._value_
    def __floordiv__(self, other): return self._value_ // _value_of(other)
    def __rfloordiv__(self, other): return _value_of(other) // self._value_
    def __mod__(self, other): return self._value_ % _value_of(other)
    def __rmod__(self, other): return _value_of(other) % self._value_
    def __pow__(self, other): return self._value_ ** _value_of(other)
    def __neg__(self): return -self._value_
    def __pos__(self): return +self._value_
    def __abs__(self): return abs(self._value_)


class IntEnum(_IntLike, ReprEnum):
    pass


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length()

    @classmethod
    def _missing_(cls, value):
        # A combination of members' bits: a pseudo-member, made once.
        if not isinstance(value, int):
            return None
        all_bits = 0
        for member in cls._member_map_.values():
            all_bits |= member._value_
        if value < 0:
            value = all_bits & value
        if value & ~all_bits:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_
                and m._value_ & (m._value_ - 1) == 0)

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for member in type(self):
            all_bits |= member._value_
        return type(self)(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __repr__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (name, self._value_)
        return "%s.%s" % (name, self._name_)


class IntFlag(_IntLike, ReprEnum, Flag):
    def __or__(self, other):
        return type(self)(self._value_ | _value_of(other))

    def __and__(self, other):
        return type(self)(self._value_ & _value_of(other))

    def __xor__(self, other):
        return type(self)(self._value_ ^ _value_of(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
