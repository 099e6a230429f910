# Hostile: a memory bomb of short strs, which come from the small-object pool (its slabs
# are aligned allocations) and allocate nothing else: the heap cap must count them.
# flags: --max-heap 128 --time-limit 30
# expect-exit: 1
# expect-stderr: MemoryError
strs = []
i = 0
while True:
    strs.append(str(i))
    i += 1
