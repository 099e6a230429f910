# Uncaught ZeroDivisionError at top level after some output (exit 1).
def ratio(a, b):
    return a / b

for b in [4, 2, 1]:
    print("ratio", ratio(8, b))
print("integer division next")
print(7 // 0)
print("not reached")
