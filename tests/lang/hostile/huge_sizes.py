# Hostile: one-line requests for absurd amounts of memory. CPython raises
# MemoryError (or OverflowError where the size does not fit a C ssize_t) at once.
# flags: --max-heap 256
attempts = [
    lambda: "x" * 10**12,
    lambda: b"x" * 10**12,
    lambda: [0] * 10**12,
    lambda: (0,) * 10**12,
    lambda: bytes(10**12),
    lambda: list(range(10**18)),
    lambda: "x" * 10**19,
    lambda: [None] * 10**19,
    lambda: "abc".center(10**12),
    lambda: "abc".ljust(10**12),
    lambda: "{:>1000000000000}".format(1),
    lambda: "x".join(["y"] * 10**6) * 10**7,
    lambda: "%1000000000000d" % 1,
    lambda: (1 << 10**15),
    lambda: "x".zfill(10**12),
    lambda: "ab".replace("", "x" * 10**6) * 10**6,
]
for n, attempt in enumerate(attempts):
    try:
        attempt()
        print(n, "no error")
    except (MemoryError, OverflowError, ValueError) as e:
        print(n, type(e).__name__)
print("survived")
