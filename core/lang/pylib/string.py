# string for Loopscope programs, after CPython 3.11's string.py: the character-class
# constants, capwords and Template ($name, ${name}, $$) with substitute and
# safe_substitute. string.Formatter is left out.

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_identifier_start(c):
    return c == '_' or c in ascii_letters


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _render(self, mapping, safe):
        # Scans the template once: $$, $name, ${name}; anything else after $ is invalid.
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and text[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            braced = i + 1 < n and text[i + 1] == '{'
            start = i + 2 if braced else i + 1
            j = start
            if j < n and _is_identifier_start(text[j]):
                j += 1
                while j < n and (_is_identifier_start(text[j]) or text[j] in digits):
                    j += 1
            name = text[start:j]
            if name and braced and j < n and text[j] == '}':
                end = j + 1
            elif name and not braced:
                end = j
            else:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                self._invalid(i + 1)
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping={}, /, **kws):
        return self._render({**mapping, **kws}, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._render({**mapping, **kws}, True)
