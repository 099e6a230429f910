# bytes methods against CPython: searching, splitting, joining, stripping, case, padding.
data = b"  GET /index.html HTTP/1.1\r\nHost: example\r\n\r\nbody bytes  "
samples = [b"", b"a", b"hello world", b"a,b,,c,", b"  lots   of\tspace\n", b"MiXeD cAsE 123", b"x\r\ny\nz\r",
           b"aaa", b"abcabcabc", b"-42", b"+7", data]
for s in samples:
    print(repr(s))
    print(' find', s.find(b"a"), s.find(b"bc", 2), s.find(b"", 3), s.rfind(b"a"), s.rfind(b"c", 0, -2), s.find(97),
          s.count(b"a"), s.count(b""), s.count(b"ab", 1, 8))
    print(' affix', s.startswith(b"a"), s.startswith((b"x", b"  ")), s.endswith(b"c"), s.endswith(b"", 3, 2),
          s.startswith(b"b", 1), s.endswith((b",", b"  ")))
    print(' split', s.split(), s.split(b","), s.split(b"a", 1), s.rsplit(b"a", 1), s.rsplit(None, 1), s.split(None, 1),
          s.splitlines(), s.splitlines(True), s.split(maxsplit=1))
    print(' part', s.partition(b"b"), s.rpartition(b"b"), s.partition(b"zz"), s.rpartition(b"zz"))
    print(' strip', s.strip(), s.lstrip(), s.rstrip(), s.strip(b"a-+"), s.rstrip(b" \n"), s.lstrip(None))
    print(' repl', s.replace(b"a", b"A"), s.replace(b"a", b"", 1), s.replace(b"", b"."), s.replace(b"", b"|", 2),
          s.removeprefix(b"a"), s.removesuffix(b"c,"), s.removeprefix(b""))
    print(' case', s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
    print(' test', s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.isupper(), s.islower())
    print(' pad', s.center(9), s.center(10, b"*"), s.ljust(7, b"."), s.rjust(7), s.zfill(6))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join(x for x in (b"1", b"2")))
print(b"\xff\xfe".upper(), b"\xe9t\xe9".title(), b"caf\xc3\xa9".isascii())
for bad in [lambda: b"a,b".split(","), lambda: b"ab".find("a"), lambda: b"ab".startswith("a"),
            lambda: b"-".join([b"a", "b"]), lambda: b"ab".strip("a"), lambda: b"ab".replace("a", b"b"),
            lambda: b"ab".index(b"z"), lambda: b"ab".find(256), lambda: b"ab".split(b""),
            lambda: b"ab".center(5, b"xy"), lambda: b"ab".rindex(b"c")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
