# Hostile: a string that doubles forever, the same bomb made of one huge string.
# flags: --max-heap 128 --time-limit 20
# expect-exit: 1
# expect-stderr: MemoryError
s = "x"
while True:
    s += s
