# Hostile: list() of a generator that never ends: the list grows until memory ends.
# flags: --max-heap 128 --time-limit 30
# expect-exit: 1
# expect-stderr: MemoryError
def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(len(list(naturals())))
