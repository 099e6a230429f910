# warnings for Loopscope programs: warn (with stacklevel), warn_explicit, the filters
# (filterwarnings, simplefilter, resetwarnings; actions default, always, once, module,
# ignore, error) with CPython 3.11's default filters, formatwarning/showwarning to
# sys.stderr ("file:line: Category: message" and the source line), and
# catch_warnings (record=True). A filter's message and module are matched as literal
# prefixes (case-insensitive for the message), not as regular expressions.
# The runtime's own "coroutine ... was never awaited" warning does not pass through here.
import sys
from _introspect import stack as _stack

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def _default_filters():
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


filters = _default_filters()
defaultaction = "default"
onceregistry = {}
_registries = {}  # module name -> its registry (CPython's __warningregistry__)
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


_recorder = None  # catch_warnings(record=True)'s log.append while one is active


def _showwarnmsg(msg):
    if _recorder is not None:
        _recorder(msg)
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _source_line(filename, lineno):
    for entry_file, entry_line, _name, text in _stack():
        if entry_file == filename and entry_line == lineno:
            return text
    return None


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, message.lower() or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registries.clear()


def resetwarnings():
    filters[:] = []
    _registries.clear()


def _caller(stacklevel):
    # The frame `stacklevel` levels above warn()'s caller's, frozen modules included
    # as CPython counts them (only this module's own frames are skipped).
    frames = [entry for entry in _stack() if entry[0] != "<frozen warnings>"]
    if stacklevel < 1:
        stacklevel = 1
    if stacklevel > len(frames):
        return "sys", 1, None
    filename, lineno, _name, _text = frames[stacklevel - 1]
    return filename, lineno, filename


def _module_name(filename):
    if filename.startswith("<frozen "):
        return filename[len("<frozen "):-1]
    return "__main__"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, _ = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, _module_name(filename), source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registries.setdefault(module, {})
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or text.lower().startswith(msg)) and issubclass(category, cat)
                and (mod is None or module == mod) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, action))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, _source_line(filename, lineno),
                                source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global _recorder
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._recorder = _recorder
        _registries.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _recorder = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        global _recorder, showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _registries.clear()
        showwarning = self._showwarning
        _recorder = self._recorder
