# re for Loopscope programs, after CPython 3.11's re: the pattern syntax, matching
# rules and errors of sre (the engine is native: _sre, core/lang/regex*.cpp), and the
# module's API on top: compile, search, match, fullmatch, findall, finditer, sub,
# subn, split, escape, purge, the flags, Pattern and Match.
# Differences: str patterns only (no bytes); the flags are not int instances (they
# act as ints); Pattern.scanner and re.template are missing.

import _sre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807


class RegexFlag:
    """A flag of re (re.IGNORECASE...) or a combination of them."""
    _names = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
              ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)]

    def __init__(self, value):
        self.value = value

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __or__(self, other):
        return RegexFlag(self.value | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(self.value & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(self.value ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self.value & 511)

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            return self.value == other.value
        if isinstance(other, int):
            return self.value == other
        return NotImplemented

    def __hash__(self):
        return hash(self.value)

    def __bool__(self):
        return self.value != 0

    def __repr__(self):
        if self.value == 0:
            return "re.NOFLAG"
        names = []
        rest = self.value
        for name, bit in RegexFlag._names:
            if rest & bit:
                names.append("re." + name)
                rest &= ~bit
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """A pattern that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _check_string(string):
    if not isinstance(string, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


class Pattern:
    """A compiled regular expression (re.compile)."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            if isinstance(pattern, bytes):
                raise TypeError("Loopscope's re works on str patterns only, not bytes")
            raise TypeError("first argument must be string or compiled pattern")
        program, groups, groupindex, effective = _sre.compile(pattern, int(flags))
        if program is None:  # (None, message, position or -1, 0)
            raise error(groups, pattern, groupindex if groupindex >= 0 else None)
        self._program = program
        self.pattern = pattern
        self.flags = effective
        self.groups = groups
        self.groupindex = groupindex

    def _run(self, string, pos, endpos, mode):
        pos, endpos = self._clip(string, pos, endpos)
        spans = _sre.match(self._program, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _clip(self, string, pos, endpos):
        _check_string(string)
        return max(pos, 0), min(max(endpos, 0), len(string))

    def _scan(self, string, pos=0, endpos=_MAXSIZE):
        # The span tuples of successive matches, fetched from _sre a batch at a time.
        # After an empty match the next one may start at the same place but must not
        # be empty there (Python 3.7's rule).
        pos, endpos = self._clip(string, pos, endpos)
        must_advance = False
        while True:
            batch = _sre.scan(self._program, string, pos, endpos, must_advance, 256)
            yield from batch
            if len(batch) < 256:
                return
            last = batch[-1]
            pos = last[1]
            must_advance = last[0] == last[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = self._clip(string, pos, endpos)
        for spans in self._scan(string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = self._clip(string, pos, endpos)
        return _sre.findall(self._program, string, pos, endpos)

    def subn(self, repl, string, count=0):
        _check_string(string)
        if count < 0:  # as CPython: a negative count replaces nothing
            return string, 0
        if not callable(repl):
            return _sre.sub(self._program, _compile_template(self, repl), string, count)
        pieces = []
        last = 0
        n = 0
        for spans in self._scan(string):
            if count and n >= count:
                break
            pieces.append(string[last:spans[0]])
            piece = repl(Match(self, string, 0, len(string), spans))
            if not isinstance(piece, str):
                raise TypeError(f"expected str instance, {type(piece).__name__} found")
            pieces.append(piece)
            last = spans[1]
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        _check_string(string)
        if maxsplit < 0:  # as CPython: a negative maxsplit splits nothing
            return [string]
        return _sre.split(self._program, string, maxsplit)

    def __repr__(self):
        flags = self.flags & ~32  # UNICODE is implied for str patterns
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"


class Match:
    """The result of a successful match: the groups and where they are."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    @property
    def lastindex(self):
        return self._spans[-1] or None

    @property
    def lastgroup(self):
        for name, index in self.re.groupindex.items():
            if index == self._spans[-1]:
                return name
        return None

    def _index(self, group):
        if isinstance(group, int) or hasattr(type(group), '__index__') and not isinstance(group, str):
            try:
                g = group.__index__() if not isinstance(group, int) else group
            except TypeError:
                raise IndexError("no such group")
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(group, str):
            g = self.re.groupindex.get(group)
            if g is not None:
                return g
        raise IndexError("no such group")

    def _group(self, g, default=None):
        start, end = self._spans[2 * g], self._spans[2 * g + 1]
        if start < 0 or end < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self, _compile_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = "re"

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _compile_template(pattern, repl):
    # A replacement template as a list of literal strings and group numbers.
    if not isinstance(repl, str):
        raise TypeError(f"expected str instance, {type(repl).__name__} found")
    out = []
    literal = []
    i = 0
    n = len(repl)

    def group_ref(g, pos):
        if g > pattern.groups:
            raise error("invalid group reference %d" % g, repl, pos)
        if literal:
            out.append(''.join(literal))
            literal.clear()
        out.append(g)

    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = repl[i]
        i += 1
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error("missing <", repl, i)
            close = repl.find('>', i + 1)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                g = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            group_ref(g, i + 1)
            i = close + 1
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and repl[i] in '01234567':
                digits += repl[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c in '123456789':
            digits = c
            if i < n and repl[i] in '0123456789':
                digits += repl[i]
                i += 1
                if (digits[0] in '01234567' and digits[1] in '01234567' and i < n and
                        repl[i] in '01234567'):
                    digits += repl[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % digits, repl, start)
                    literal.append(chr(value))
                    continue
            group_ref(int(digits), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\%s' % c, repl, start)
        else:
            literal.append('\\' + c)
    if literal or not out:
        out.append(''.join(literal))
    return out


def _expand(m, template):
    return ''.join(part if isinstance(part, str) else (m.group(part) or '') for part in template)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError("Loopscope's re.escape takes a str")
    return ''.join(_SPECIAL.get(c, c) for c in pattern)
