# Uncaught AssertionError with a formatted message.
def check_balance(b):
    assert b >= 0, f"negative balance: {b}"
    return b

print(check_balance(10))
print(check_balance(-5))
