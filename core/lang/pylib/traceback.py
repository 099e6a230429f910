# traceback for Loopscope programs: the text of an exception's traceback as CPython
# prints it (format_exception, format_exc, print_exc, print_exception,
# format_exception_only), its entries (extract_tb, format_tb, print_tb, walk_tb) and
# the running stack (format_stack, print_stack, extract_stack), from _introspect
# (modules/introspect_natives.cpp). Frames are not objects here: walk_tb yields None
# for each frame.
import sys
from _introspect import format_traceback as _format_traceback, stack as _stack
from _introspect import traceback_summary as _traceback_summary


def _chunks(text):
    # As CPython's list: the header, one string per frame (its File line and source
    # lines), then the exception's lines.
    chunks = []
    for line in text.splitlines(keepends=True):
        if line.startswith("    ") and chunks and chunks[-1].startswith("  File "):
            chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def _exception_of(exc, value):
    # format_exception(exc) (3.10+) or format_exception(type, value, tb).
    if value is not None or isinstance(exc, type):
        return value
    return exc


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _chunks(_format_traceback(exc))


def format_exception_only(exc, /, value=None):
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    text = _format_traceback(exc)
    return [line for line in text.splitlines(keepends=True)
            if not line.startswith(" ") and not line.startswith("Traceback (most recent call last)")][-1:]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    print("".join(format_exception(exc, value, tb)), end="", file=sys.stderr if file is None else file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    print(format_exc(), end="", file=sys.stderr if file is None else file)


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __iter__(self):
        return iter(self._fields())

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._fields() == other._fields()
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented


class StackSummary(list):
    @classmethod
    def from_list(cls, a_list):
        return cls(f if isinstance(f, FrameSummary) else FrameSummary(*f) for f in a_list)

    def format(self):
        return [f'  File "{s.filename}", line {s.lineno}, in {s.name}\n' + (f"    {s.line}\n" if s.line else "")
                for s in self]


def _limited(frames, limit):
    # CPython's rule for a traceback: the first `limit` entries (the last -limit).
    if limit is None:
        return frames
    return frames[:limit] if limit >= 0 else frames[limit:]


def walk_tb(tb):
    while tb is not None:
        yield None, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    frames = []
    while tb is not None:
        frames.append(FrameSummary(*_traceback_summary(tb)))
        tb = tb.tb_next
    return StackSummary(_limited(frames, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    print("".join(format_tb(tb, limit)), end="", file=sys.stderr if file is None else file)


def extract_stack(f=None, limit=None):
    frames = [FrameSummary(*entry) for entry in reversed(_stack()[1:])]
    return StackSummary(frames[-limit:] if limit else frames)


def format_stack(f=None, limit=None):
    return StackSummary(extract_stack(limit=limit)[:-1]).format()


def print_stack(f=None, limit=None, file=None):
    print("".join(format_stack(limit=limit)), end="", file=sys.stderr if file is None else file)
