# Hostile: a memory bomb of many small objects (a linked chain of small lists), so
# no single allocation is large.
# flags: --max-heap 128 --time-limit 30
# expect-exit: 1
# expect-stderr: MemoryError
node = None
while True:
    node = [node, 1.5]
