# Hostile: a CPU loop that never ends and never awaits.
# CPython runs it forever; here the wall-clock limit ends it (and so does a host
# stop request: the runner also stops this program with SIGTERM).
# flags: --time-limit 1
# expect-exit: 4
# expect-stderr: loopscope: time limit reached
# stop-after: 0.5
while True:
    pass
