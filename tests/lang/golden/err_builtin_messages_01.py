# Error messages of a few builtins, as CPython words them: attributes on object(),
# bytes + str, bytes() of a str without an encoding, int.from_bytes of a non-bytes.
tests = ['object().x = 1', 'o = object(); print(o.__class__)', 'b"a" + "b"', 'b"a" + 1', 'bytes("a")', 'print(bytes("hé", "utf-8"))', 'print(bytes("a", encoding="ascii"))',
 'int.from_bytes(5)', 'int.from_bytes("ab")', 'print(int.from_bytes([1, 2], "big"))', 'int.from_bytes(1.5)', 'print(b"a" + b"b")']
for t in tests:
    try:
        exec(t)
    except Exception as e:
        print(type(e).__name__, e)
