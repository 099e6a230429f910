# str methods: splitting, joining, stripping, searching, replacing, case.
s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(s.split(), s.split(","), s.split("Hello"), s.split(" ", 3), s.rsplit(" ", 3))
print("a,b,,c,".split(","), "".split(","), "".split(), "  ".split(" "), "a b  c".split(" "))
print("line1\nline2\r\nline3\n".splitlines(), "x\n\ny".splitlines(True), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
t = "hello world hello"
print(t.find("o"), t.find("o", 5), t.rfind("o"), t.find("zz"), t.index("world"), t.count("hello"), t.count("l", 0, 5), t.count(""))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
print(t.replace("hello", "bye"), t.replace("hello", "bye", 1), t.replace("", "|"), "aaa".replace("a", "aa"))
print(t.startswith("hell"), t.startswith(("x", "he")), t.endswith("llo"), t.startswith("world", 6), t.endswith("hello", 0, 5))
print("mixed Case wORDS".upper(), "mixed Case wORDS".lower(), "mixed Case wORDS".title(), "mixed Case wORDS".capitalize(), "mixed Case wORDS".swapcase())
print("ß".upper(), "İ".lower().encode("unicode_escape") if False else "ǅ".lower(), "straße".casefold(), "they're bill's".title())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdigit(), "Ab".isupper(), "ab".islower(), "Hello World".istitle(), " \t\n".isspace(), "".isalpha(), "_x1".isidentifier(), "1x".isidentifier())
print("١٢٣".isdigit(), "½".isnumeric(), "½".isdigit(), "123".isdecimal(), "abc".isascii(), "é".isascii())
print(repr("x".center(6)), repr("x".center(6, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("-42".zfill(6)), repr("+7".zfill(4)), repr("long".center(2)))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "01234567\tx".expandtabs(4))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("xx"))
print("%s|%s" % ("ab" * 3, "-" * 5), "abc" * 0, len("abc" * 100))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print(str(123), str(-1.5), str([1, "a"]), str(b"bytes") if False else "", "abc"[::-1], "abc" < "abd", "a" in "cat", "" in "x")
print(ord("€"), chr(8364), "€".encode("utf-8"), len("€".encode("utf-8")), b"\xe2\x82\xac".decode("utf-8"))
