# Hostile: a list that doubles forever (CPython: until the machine runs out of
# memory, then MemoryError). The heap cap turns it into a MemoryError.
# flags: --max-heap 128 --time-limit 20
# expect-exit: 1
# expect-stderr: MemoryError
x = [0]
while True:
    x = x + x
