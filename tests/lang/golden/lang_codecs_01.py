# str.encode and bytes.decode: UTF-8, ASCII and Latin-1 under their aliases, the
# error handlers, and CPython's exception messages.
samples = ["abc", "é", "naïve café", "€uro", "日本", "a\U0001F600b", ""]
for enc in ["utf-8", "UTF8", "ascii", "latin-1", "Latin_1", "iso-8859-1", "us-ascii", "L1"]:
    for s in samples:
        for errors in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(enc, errors, repr(s.encode(enc, errors)))
            except UnicodeEncodeError as e:
                print(enc, errors, type(e).__name__, e)
print("é".encode(), "é".encode(encoding="latin-1"), "x€y€€".encode("ascii", errors="replace"))
data = [b"abc", b"\xc3\xa9", b"\xe9", b"\xe2\x82", b"\xe2\x82\xac", b"\xe2(\xa1", b"\xff\xfe",
        b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xc0\xaf", b"a\x80b", b"\xf4\x90\x80\x80"]
for enc in ["utf-8", "ascii", "latin-1"]:
    for b in data:
        for errors in ["strict", "ignore", "replace"]:
            try:
                print(enc, errors, repr(b.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, type(e).__name__, e)
for call in [lambda: "x".encode("klingon"), lambda: b"x".decode("rot13x"),
             lambda: "é".encode("ascii", "nope"), lambda: "x".encode(1), lambda: b"x".decode(errors=2)]:
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print("x".encode("ascii", "nope"), issubclass(UnicodeEncodeError, ValueError))
