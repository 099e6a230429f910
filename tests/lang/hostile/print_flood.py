# Hostile: prints as fast as it can, forever. The runner drains the output; the run
# ends at the time limit with a bounded memory peak (output is not kept).
# flags: --time-limit 1
# expect-exit: 4
# expect-stderr: loopscope: time limit reached
# stop-after: 0.5
i = 0
while True:
    print("flood", i, "x" * 60)
    i += 1
