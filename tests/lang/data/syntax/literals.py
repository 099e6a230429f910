# Numbers and strings of every kind.
ints = [0, 1, 00, 0_0, 1_000_000, 0x1F, 0XdeadBEEF, 0o17, 0O7_7, 0b1010, 0B1_1]
big = [9223372036854775807, 9223372036854775808, 123456789012345678901234567890,
       0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111]
floats = [3.14, .5, 1., 1e10, 1E-3, 1_0.0_1, 1e999, 0.1, 1e22, 1e16, 123456789.123456789, 5e-324, 0e0, 00.5]
strs = ['a', "b", '''c
d''', """e""", 'it\'s', "say \"hi\"", 'both \' and "', "tab\there", 'nl\nx']
escapes = ['\x41\u00e9\U0001F600\101\0\7', '\a\b\f\v\r', '\q\d', 'back\\slash', 'line\
continued']
raw = [r'\n', R'\d+', r"\"", rb'\x00', Rb'\n', bR'z', BR'q', br'\\']
byts = [b'abc', B'\x00\xff', b'\t\n\r', b"'", b'"', b'\'"', b'\x7f\x80']
unicode = ['héllo', '日本語', '\u200b', '\xa0', '\u2028', 'é\u0301', '\ud800', '\U000e0001', '\x7f', '\xad']
concat = 'a' 'b' "c" '''d'''
bconcat = b'a' b'b'
quotes = ["'", '"', '\'"', "'\"'"]
empty = ['', "", '''''', b'', r'']
nested = ("one"
          "two"
          "three")
