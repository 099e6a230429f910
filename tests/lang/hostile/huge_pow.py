# Hostile: 10**10**7, an int of 33 million bits. CPython computes it in seconds (and
# str() of it fails at the 4300-digit limit); loopscope caps ints at 2**20 bits and
# raises MemoryError at once instead of multiplying for minutes.
# flags: --time-limit 10
# expect-exit: 1
# expect-stderr: MemoryError: integer result too large
x = 10**10**7
print(len(str(x)))
