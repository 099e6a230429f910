# json for Loopscope programs: loads and dumps with CPython's output format for the
# common arguments (indent, sort_keys, separators, default ensure_ascii=True).

__all__ = ["loads", "dumps", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_WHITESPACE = ' \t\n\r'


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, msg):
        raise JSONDecodeError(msg, self.text, self.pos)

    def skip(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in _WHITESPACE:
            self.pos += 1

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail('Expecting value')
        c = self.text[self.pos]
        if c == '{':
            return self.object()
        if c == '[':
            return self.array()
        if c == '"':
            return self.string()
        # CPython's scanner also takes JavaScript's NaN and infinities.
        for word, result in (('true', True), ('false', False), ('null', None), ('NaN', float('nan')),
                             ('Infinity', float('inf')), ('-Infinity', float('-inf'))):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.number()

    def object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text.startswith('}', self.pos):
            self.pos += 1
            return result
        while True:
            self.skip()
            if not self.text.startswith('"', self.pos):
                self.fail('Expecting property name enclosed in double quotes')
            key = self.string()
            self.skip()
            if not self.text.startswith(':', self.pos):
                self.fail("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            if self.text.startswith(',', self.pos):
                self.pos += 1
            elif self.text.startswith('}', self.pos):
                self.pos += 1
                return result
            else:
                self.fail("Expecting ',' delimiter")

    def array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text.startswith(']', self.pos):
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            if self.text.startswith(',', self.pos):
                self.pos += 1
            elif self.text.startswith(']', self.pos):
                self.pos += 1
                return result
            else:
                self.fail("Expecting ',' delimiter")

    def string(self):
        text = self.text
        start = self.pos
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(text):
                self.pos = start
                self.fail('Unterminated string starting at')
            c = text[self.pos]
            if c == '"':
                self.pos += 1
                return ''.join(out)
            if c == '\\':
                esc = text[self.pos + 1:self.pos + 2]
                if esc == 'u':
                    out.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                if esc not in _ESCAPES:
                    self.fail('Invalid \\escape')
                out.append(_ESCAPES[esc])
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        if text.startswith('-', self.pos):
            self.pos += 1
        while self.pos < len(text) and '0' <= text[self.pos] <= '9':
            self.pos += 1
        is_float = False
        if text.startswith('.', self.pos):
            is_float = True
            self.pos += 1
            while self.pos < len(text) and '0' <= text[self.pos] <= '9':
                self.pos += 1
        if self.pos < len(text) and text[self.pos] in 'eE':
            is_float = True
            self.pos += 1
            if self.pos < len(text) and text[self.pos] in '+-':
                self.pos += 1
            while self.pos < len(text) and '0' <= text[self.pos] <= '9':
                self.pos += 1
        literal = text[start:self.pos]
        if literal in ('', '-'):
            self.pos = start
            self.fail('Expecting value')
        return float(literal) if is_float else int(literal)


def loads(s):
    parser = _Parser(s)
    result = parser.value()
    parser.skip()
    if parser.pos != len(s):
        parser.fail('Extra data')
    return result


def _encode_string(s, ensure_ascii):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        elif c == '\b':
            out.append('\\b')
        elif c == '\f':
            out.append('\\f')
        elif ord(c) < 0x20 or (ensure_ascii and ord(c) > 0x7e):
            n = ord(c)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def dumps(obj, *, indent=None, sort_keys=False, separators=None, ensure_ascii=True, default=None, allow_nan=True):
    if separators is None:
        separators = (', ', ': ') if indent is None else (',', ': ')
    if isinstance(indent, int):
        indent = ' ' * indent
    return _Encoder(indent, sort_keys, separators, ensure_ascii, default, allow_nan).encode(obj, 0)


# An object rather than nested functions: a nested function calling itself holds
# itself through its closure cell, a cycle that would outlive each dumps() call.
class _Encoder:
    def __init__(self, indent, sort_keys, separators, ensure_ascii, default, allow_nan):
        self.indent = indent
        self.sort_keys = sort_keys
        self.item_sep, self.key_sep = separators
        self.ensure_ascii = ensure_ascii
        self.default = default
        self.allow_nan = allow_nan

    def encode(self, o, level):
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if isinstance(o, int):
            return str(o)
        if isinstance(o, float):
            if not self.allow_nan and (o != o or o in (float('inf'), float('-inf'))):
                raise ValueError('Out of range float values are not JSON compliant')
            if o != o:
                return 'NaN'
            if o in (float('inf'), float('-inf')):
                return 'Infinity' if o > 0 else '-Infinity'
            return repr(o)
        if isinstance(o, (list, tuple)):
            if not o:
                return '[]'
            items = [self.encode(v, level + 1) for v in o]
            return self.wrap('[', ']', items, level)
        if isinstance(o, dict):
            if not o:
                return '{}'
            keys = sorted(o) if self.sort_keys else list(o)
            items = []
            for k in keys:
                if isinstance(k, str):
                    key = k
                elif k is True or k is False or k is None:
                    key = self.encode(k, level)
                elif isinstance(k, (int, float)):
                    key = self.encode(k, level)
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')
                items.append(_encode_string(key, self.ensure_ascii) + self.key_sep + self.encode(o[k], level + 1))
            return self.wrap('{', '}', items, level)
        if self.default is not None:
            return self.encode(self.default(o), level)
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def wrap(self, open_, close, items, level):
        if self.indent is None:
            return open_ + self.item_sep.join(items) + close
        inner = '\n' + self.indent * (level + 1)
        return open_ + inner + (self.item_sep + inner).join(items) + '\n' + self.indent * level + close
