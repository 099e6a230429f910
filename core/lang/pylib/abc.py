# abc for Loopscope programs: ABC and abstractmethod, with CPython 3.11's behaviour
# for classes that declare an interface. CPython's metaclass ABCMeta computes
# __abstractmethods__ when a class is made and object.__new__ refuses a class that
# has any; here ABC's __init_subclass__ computes it and ABC.__new__ refuses.
# Left out: ABCMeta as a metaclass, register() and virtual subclasses.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    # A property is abstract through its accessors (CPython's property says so in its
    # own __isabstractmethod__; classmethod and staticmethod do here too).
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    return getattr(value, "__isabstractmethod__", False)


def _abstract_names(cls):
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if name not in cls.__dict__ and _is_abstract(_class_attribute(cls, name)):
                names.add(name)
    return frozenset(names)


def _class_attribute(cls, name):
    # The attribute as stored along the MRO (a property stays a property).
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        missing = sorted(cls.__abstractmethods__)
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                            + ", ".join(missing))
        return object.__new__(cls)


ABC.__abstractmethods__ = frozenset()
