# Character properties and case mappings beyond ASCII: every str.is*() predicate
# and every case mapping of each code point in the blocks where case and digits
# live, plus a sparse sweep of the rest, condensed to one checksum per block (a
# mismatch names the block; the first differing code point is printed too).
PREDICATES = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace",
              "isupper", "islower", "istitle", "isidentifier", "isprintable"]
MAPPINGS = ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]

def describe(c):
    bits = "".join("1" if getattr(c, p)() else "0" for p in PREDICATES)
    return bits + "|" + "|".join(getattr(c, m)() for m in MAPPINGS)

def digest(text):
    h = 0
    for ch in text:
        h = (h * 1000003 + ord(ch)) % (2 ** 61 - 1)
    return h

BLOCKS = [
    ("Latin", 0x0000, 0x0250), ("IPA, modifiers, combining", 0x0250, 0x0370),
    ("Greek", 0x0370, 0x0400), ("Cyrillic, Armenian", 0x0400, 0x0590),
    ("Hebrew to Devanagari", 0x0590, 0x0980), ("Indic, Thai", 0x0980, 0x0F00),
    ("Georgian, Cherokee", 0x10A0, 0x1400), ("Latin Extended Additional, Greek Extended", 0x1D00, 0x2000),
    ("Punctuation, letterlike, number forms", 0x2000, 0x2200), ("Enclosed, Glagolitic, Coptic", 0x2460, 0x2D30),
    ("CJK symbols, fullwidth forms", 0x3000, 0x3040), ("Cyrillic B, Latin D", 0xA640, 0xA800),
    ("Cherokee small, ligatures", 0xAB30, 0xABC0), ("Presentation forms", 0xFB00, 0xFB50),
    ("Halfwidth and fullwidth", 0xFF00, 0xFFF0), ("Deseret, Osage", 0x10400, 0x10500),
    ("Old Hungarian", 0x10C80, 0x10D00), ("Warang Citi, Medefaidrin", 0x118A0, 0x11900),
    ("Mathematical alphanumerics", 0x1D400, 0x1D800), ("Adlam", 0x1E900, 0x1E960),
]
for name, first, end in BLOCKS:
    described = [describe(chr(cp)) for cp in range(first, end)]
    print(f"{name}: {digest(''.join(described))}")
sparse = "".join(describe(chr(cp)) for cp in range(0x0F00, 0x110000, 61) if not 0xD800 <= cp < 0xE000)
print("sparse sweep:", digest(sparse))

# Whole strings: the rules that look at neighbours.
words = ["ΟΔΟΣ", "ΟΔΟΣ.", "Σ", "ΑΣ'Β", "Α\u0345Σ", "hello ΣΑΣ world", "ǆungla ǅ Ǆ",
         "ŉ straße ﬁsh ΐ", "İstanbul", "they're bill's friends", "ǈ ǉ Ǉ", "ᾳ ᾼ ﬀ",
         "Ⅻ ⅻ ⓐⒶ", "123abc", "a\u0301b", "ａｂｃ", "𐐀𐐨"]
for w in words:
    print(repr(w), [getattr(w, m)() for m in MAPPINGS],
          [getattr(w, p)() for p in PREDICATES])
print("".isupper(), "".istitle(), "".isprintable(), "".isalpha(), "".isidentifier())
print("Ab Cd".istitle(), "ǅx".istitle(), "AǅB".istitle(), "ǅ".isupper(), "ǅ".islower())
print("٣٤".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "一".isnumeric())
print("\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000".isspace(), "\u200b".isspace())
print("ab\u3000cd\x1ce".split(), "\u2003 x \x85".strip())
print("café".isidentifier(), "1a".isidentifier(), "_x".isidentifier(), "x·y".isidentifier(), "℘".isidentifier())
print(" \t\u2003a b\u00a0c\u2029 ".split(), " a\u3000b ".rsplit(None, 1), "\x1fa\x1f".split(None, 0))
print(repr("xéyx".strip("x")), repr("éaé".strip("é")), repr("aé".rstrip("Ã")), repr("\u2003\x1c x \x85".lstrip()))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i\r\nj\rk\n".splitlines())
print("a\x0bb\r\nc\u2028".splitlines(True), "x\x1fy".splitlines())
try:
    "x".strip(1)
except TypeError as e:
    print(e)
