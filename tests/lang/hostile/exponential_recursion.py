# Hostile: a computation with no loop at all, 2**64 recursive calls (CPython: runs
# for centuries). Calls must count toward the interrupt check so the limit ends it.
# flags: --time-limit 1
# expect-exit: 4
# expect-stderr: loopscope: time limit reached
# stop-after: 0.5
def tree(depth):
    if depth == 0:
        return 1
    return tree(depth - 1) + tree(depth - 1)


print(tree(64))
