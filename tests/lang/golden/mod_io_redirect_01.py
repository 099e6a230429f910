# print() writes to sys.stdout as the program set it (contextlib.redirect_stdout,
# plain assignment, None), an object of the program's gets each piece in its own
# write() call; io.StringIO as an in-memory text file.
import asyncio
import contextlib
import io
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, [2], sep="-", end="!\n", file=r, flush=True)
print(file=r)
print(r.calls)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured", 42)
    sys.stdout.write("written\n")
    print(target is buf, file=sys.__stdout__)
print("back:", repr(buf.getvalue()))

old = sys.stdout
sys.stdout = None
print("dropped")
sys.stdout = old

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


async def chatty(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0.1)


async def main():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        await asyncio.gather(chatty("a", 2), chatty("b", 2))
    print(out.getvalue().splitlines())


asyncio.run(main())

s = io.StringIO("line one\nline two\nthree")
print(s.readline(), s.read(4), s.tell(), list(s), s.read(), repr(s.readline()))
s.seek(0)
print(s.readlines(), s.seek(0, io.SEEK_END), s.write("!"), s.getvalue())
s.seek(5)
s.write("ONE")
print(s.getvalue(), s.truncate(8), repr(s.getvalue()))
t = io.StringIO(newline=None)
t.write("a\r\nb\rc\n")
print(repr(t.getvalue()), t.closed)
with io.StringIO("x") as u:
    pass
print(u.closed)
for bad in (lambda: u.read(), lambda: io.StringIO(5), lambda: io.StringIO().write(b"x"), lambda: print(1, bogus=2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
