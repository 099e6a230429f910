# ZeroDivisionError variants caught, then an uncaught modulo by zero inside a nested call.
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1.5 % 0.0"]:
    try:
        if expr == "1 / 0":
            1 / 0
        elif expr == "1 // 0":
            1 // 0
        elif expr == "1 % 0":
            1 % 0
        elif expr == "1.0 / 0":
            1.0 / 0
        elif expr == "divmod(1, 0)":
            divmod(1, 0)
        elif expr == "0 ** -1":
            0 ** -1
        else:
            1.5 % 0.0
    except ZeroDivisionError as e:
        print(f"{expr:>14}: ZeroDivisionError: {e}")

def inner(n):
    return 10 % n

def outer(values):
    return [inner(v) for v in values]

print(outer([3, 4]))
print(outer([5, 0, 6]))
