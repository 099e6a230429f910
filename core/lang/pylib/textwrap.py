# textwrap for Loopscope programs: dedent and indent as in CPython 3.11's textwrap.py
# (which uses regular expressions; here the same rules are applied line by line), and
# TextWrapper with wrap, fill and shorten: the same lines as CPython's for the same
# options (chunks split at whitespace, after a hyphen inside a word, around an
# em-dash; long words broken; max_lines with a placeholder).


def _leading_blanks(line):
    # The spaces and tabs a line starts with.
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    # Lines of only spaces and tabs become empty; the margin common to the other
    # lines (spaces and tabs, compared exactly) is removed from each of them.
    lines = text.split('\n')
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_blanks(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))


_WHITESPACE = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # A word character that is not a digit (letters and '_').
    return c.isalnum() and not c.isdigit() or c == '_'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _word_chunks(word, out):
    # Splits a run without whitespace: before and after an em-dash ("--" or longer
    # between a word or punctuation character and a word character), and after a
    # hyphen with two letters (or letter-hyphen-letter) before it and two letters (an
    # optional hyphen between them) after it.
    n = len(word)
    start = 0
    i = 0
    while i < n:
        if word[i] == '-' and i > start and _is_word_punct(word[i - 1]):
            j = i
            while j < n and word[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word_char(word[j]):
                out.append(word[start:i])
                out.append(word[i:j])
                start = i = j
                continue
        if word[i] == '-' and i > start:
            before = (i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])) or \
                     (i >= 3 and _is_letter(word[i - 1]) and word[i - 2] == '-' and _is_letter(word[i - 3]))
            after = i + 2 < n and _is_letter(word[i + 1]) and (
                _is_letter(word[i + 2]) or (word[i + 2] == '-' and i + 3 < n and _is_letter(word[i + 3])))
            if before and after:
                out.append(word[start:i + 1])
                start = i + 1
        i += 1
    if start < n:
        out.append(word[start:])


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _WHITESPACE else c for c in text)
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            space = text[i] in _WHITESPACE
            while j < n and (text[j] in _WHITESPACE) == space:
                j += 1
            if space or not self.break_on_hyphens:  # then only whitespace separates
                chunks.append(text[i:j])
            else:
                _word_chunks(text[i:j], chunks)
            i = j
        if self.fix_sentence_endings:
            # Two spaces after a sentence's end: an ASCII lowercase letter, then . ! or ?
            # (with one optional closing quote), then a single space.
            for k in range(len(chunks) - 1):
                word = chunks[k]
                if word and word[-1] in '"\'':
                    word = word[:-1]
                if (chunks[k + 1] == ' ' and len(word) >= 2 and word[-1] in '.!?'
                        and 'a' <= word[-2] <= 'z'):
                    chunks[k + 1] = '  '
        return chunks

    def _break_long_word(self, pending, line, line_len, width):
        # The chunk on top of `pending` does not fit on an empty line: its head goes on
        # this line (cut after a hyphen when one fits), the rest stays pending.
        room = 1 if width < 1 else width - line_len  # 0 when the line is full
        chunk = pending[-1]
        if self.break_long_words:
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]  # the next chunk on top
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()  # no whitespace at the start of a continuation line
            line, line_len = [], 0
            while pending and line_len + len(pending[-1]) <= width:
                line_len += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._break_long_word(pending, line, line_len, width)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = self.max_lines is not None and len(lines) + 1 >= self.max_lines
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                            and not pending[0].strip())
            if not last_allowed or (rest_is_blank and line_len <= width):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed, with more to come: end it with the placeholder,
            # dropping chunks until it fits (or put it on the line before).
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        return self._wrap_chunks(self._chunks(text))

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    lines = w.wrap(' '.join(text.strip().split()))
    return lines[0] if lines else ''
