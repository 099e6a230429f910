# Hostile: sys.setrecursionlimit(10**9) then unbounded recursion. CPython 3.11
# overflows the C stack and crashes; loopscope's Python frames live on the heap, so
# the recursion goes on until the heap cap: MemoryError. Its traceback (hundreds of
# thousands of frames) does not fit the reserve kept for it, so only the last line.
# flags: --max-heap 256 --time-limit 20
# expect-exit: 1
# expect-stderr: MemoryError
import sys

sys.setrecursionlimit(10**9)


def down(n):
    return down(n + 1)


down(0)
