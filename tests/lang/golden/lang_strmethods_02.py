# str: escapes and repr, unicode lengths, iteration, comparisons, formatting helpers.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "bell\a", "\x00\x1f\x7f", "é ü ñ", "日本語", "emoji 😀", "\u200b", "\r\n", "\ud7ff", "ascii\x80"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print([c for c in "héllo"], list("ab😀c"), "😀" < "😁", "Z" < "a", "é" > "z")
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), list("é".encode()))
print(b"abc".decode(), bytes([104, 105]).decode(), repr(b"\x00\xff'\""), len(b"\xff\x00"))
print(str.upper("x"), "a,b".split(",", maxsplit=1), "  x  ".strip(" "), "--x--".rstrip("-"))
word = "Mississippi"
print(word.count("ss"), word.count("i"), word.find("ss", 3), word.rindex("s"), word.lower().count("m"))
print(sorted(set(word.lower())), {c: word.count(c) for c in sorted(set(word))})
print("%r" % "\n", "{!r}".format("\t"), f"{chr(10)!r}")
print(str(3) + "3", "3" * 3, int("3" * 3) + 1, "5" < "10", int("5") < int("10"))
print("hello"[1], "hello"[-1], "hello"[1:-1], type("x"[0]).__name__, "abc".index("c"))
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
print("{}-{}".format(*"ab"), "x".join("123"), "".join([]), "abc".split("b"), "a b".split(None))
print(len("\u03b1"), "\u03b1", "\u03b1" == "α", "\U0001F600" == "😀", "\101\x42\u0043")
raw = r"C:\new\table\x41"
print(raw, len(raw), repr(raw))
multi = """first
  second
third"""
print(multi.splitlines(), len(multi), repr(multi))
print(" ".join("a" for _ in range(3)), str(None) + str(True), repr(str), str.__name__)
print(max("hello"), min("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)), list(reversed("ab")))
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("cd"), "x".__mul__(3), "a".__eq__("a"))
print(hash("a") == hash("a"), "é".upper(), "ǆ".title(), "ﬁ".upper(), "ΣΑΣ".lower(), "İ".lower() == "i̇")
