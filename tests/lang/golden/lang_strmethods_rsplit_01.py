# str.rsplit against str.split: whitespace and separators, every maxsplit (negative
# means no limit), keyword arguments, the leftover part's whitespace, overlapping
# separators, non-ASCII text and the empty separator's error.
samples = ["a,b,c", "  padded ascii  ", "a b  c", "", "   ", ",a,,b,", "aaa", "x", "ünï cödé  ü,ö", "\ta\nb\x0bc\x0cd\re "]
for s in samples:
    for sep in [None, ",", " ", "aa", "ü"]:
        for maxsplit in [-2, -1, 0, 1, 2, 5]:
            print(repr(s), repr(sep), maxsplit, s.rsplit(sep, maxsplit), s.split(sep, maxsplit))
print("a,b,c".rsplit(","), "a b c".rsplit())
print("a,b,c".rsplit(sep=",", maxsplit=1), "a b c".rsplit(maxsplit=1), " a b c ".rsplit(None, maxsplit=0))
for bad in [("", 1), ("", -1)]:
    try:
        "abc".rsplit(*bad)
    except ValueError as e:
        print("ValueError", e)
