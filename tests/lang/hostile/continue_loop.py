# Hostile: an endless loop whose body only says `continue` (the jump back must be
# checked for the time limit and a stop request like the loop's own back-edge).
# flags: --time-limit 1
# expect-exit: 4
# expect-stderr: loopscope: time limit reached
# stop-after: 0.5
n = 0
while True:
    n += 1
    continue
