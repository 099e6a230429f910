# RecursionError caught and recovered from; deep but bounded recursion still works.
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)

print(down(500))
try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(down(900))

def mutual_a(n):
    return mutual_b(n) if n else "a-bottom"

def mutual_b(n):
    return mutual_a(n - 1)

print(mutual_a(300))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError in __repr__:", e)
print("recovered")
