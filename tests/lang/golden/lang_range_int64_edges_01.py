# Ranges whose next step would pass the largest or smallest 64-bit integer end at the
# stop, in a for loop (the VM's own stepping) and through iter()/next() and list().
big = 2**63 - 1
cases = [(0, big, 2**62), (0, -big - 1, -2**62), (big - 2, big), (-big, -big - 1, -1),
         (big - 5, big, 2), (0, big, big), (-big - 1, big, big)]
for args in cases:
    r = range(*args)
    seen = []
    for i in r:
        seen.append(i)
        if len(seen) > 10:
            break
    print(args, seen, list(r) == seen, len(r))
    it = iter(r)
    print([next(it) for _ in range(len(r))], next(it, "end"))
# Lengths past the 64-bit range are an OverflowError, as in CPython.
for args in [(-big - 1, big), (big, -big - 1, -1)]:
    try:
        print(len(range(*args)))
    except OverflowError as e:
        print("OverflowError", e)
