# pprint for Loopscope programs: pprint, pformat, pp, PrettyPrinter, isreadable,
# isrecursive and saferepr, laid out as CPython 3.11 lays them out: a value whose repr
# fits in the width is one line (dicts with sorted keys unless sort_dicts=False);
# otherwise dicts, lists, tuples, sets and frozensets put one item per line, indented
# under their opening bracket, and long strings are split at whitespace into
# adjacent literals. Other objects (dataclasses, deques, Counters...) print as repr().
import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    # Sorts anything: by value when comparable, else by type name and id.
    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _ordered_pair(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


class _Text:
    # What the printer writes into when no stream is given.
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


def _plain(obj, base):
    # Whether obj prints as `base` does: an instance of it whose class (or a class
    # between them) defines no __repr__ of its own.
    if not isinstance(obj, base):
        return False
    for klass in type(obj).__mro__:
        if klass is base:
            return True
        if "__repr__" in klass.__dict__:
            return False
    return False


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        self._format(object, stream, 0, 0, {}, 0)
        stream.write("\n")

    def pformat(self, object):
        text = _Text()
        self._format(object, text, 0, 0, {}, 0)
        return text.getvalue()

    def isrecursive(self, object):
        return self._safe_repr(object, {}, self._depth, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self._safe_repr(object, {}, self._depth, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    # --- layout ------------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_of(object)
            if layout is not None:
                context[objid] = 1
                layout(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _layout_of(self, object):
        if _plain(object, dict):
            return self._pprint_dict
        if _plain(object, list) or _plain(object, tuple):
            return self._pprint_sequence
        if _plain(object, set) or _plain(object, frozenset):
            return self._pprint_set
        if _plain(object, str):
            return self._pprint_str
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            items = sorted(object.items(), key=_ordered_pair) if self._sort_dicts else list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        between = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(between)

    def _pprint_sequence(self, object, stream, indent, allowance, context, level):
        if isinstance(object, list):
            stream.write("[")
            end = "]"
        else:
            stream.write("(")
            end = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(type(object).__name__ + "({")
            end = "})"
            indent += len(type(object).__name__) + 1
        items = sorted(object, key=_Ordered)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        between = ",\n" + " " * indent
        delimiter = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if delimiter:
                        delimiter = between
                if width >= needed:
                    width -= needed
                    stream.write(delimiter)
                    delimiter = ", "
                    stream.write(rep)
                    continue
            stream.write(delimiter)
            delimiter = between
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words_with_spaces(line)
            max_width2 = max_width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(chunk)
        if level == 1:
            stream.write(")")

    # --- one-line reprs ----------------------------------------------------------------

    def _repr(self, object, context, level):
        return self._safe_repr(object, context.copy(), self._depth, level)[0]

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive); dicts sorted unless sort_dicts=False.
        kind = type(object)
        if kind in (int, float, bool, str, bytes, type(None)):
            if kind is int and self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if _plain(object, dict):
            if not object:
                return "{}", True, False
            items = sorted(object.items(), key=_ordered_pair) if self._sort_dicts else object.items()
            return self._safe_container(object, "{%s}", items, context, maxlevels, level)
        if _plain(object, list) or _plain(object, tuple):
            if not object:
                return ("[]" if isinstance(object, list) else "()"), True, False
            if isinstance(object, list):
                template = "[%s]"
            else:
                template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, template, ((item,) for item in object), context, maxlevels,
                                        level)
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith("<"), False


    def _safe_container(self, object, template, entries, context, maxlevels, level):
        # A container's one-line repr: each entry's values (an item, or a key and its
        # value) joined by ": ", the entries by ", ", with the depth and recursion marks.
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable, recursive = True, False
        parts = []
        for values in entries:
            reprs = []
            for value in values:
                rep, value_readable, value_recursive = self._safe_repr(value, context, maxlevels, level + 1)
                reprs.append(rep)
                readable = readable and value_readable
                recursive = recursive or value_recursive
            parts.append(": ".join(reprs))
        del context[objid]
        return template % ", ".join(parts), readable, recursive


def _words_with_spaces(line):
    # The line as alternating runs: each a word then the whitespace after it.
    parts = []
    current = ""
    seen_space = False
    for ch in line:
        if ch.isspace():
            seen_space = True
        elif seen_space:
            parts.append(current)
            current = ""
            seen_space = False
        current += ch
    if current:
        parts.append(current)
    return parts
