# Uncaught user-defined exception with several args: the last line is "InsufficientFunds: ...".
class InsufficientFunds(Exception):
    pass

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds("cannot withdraw", amount, "from", balance)
    return balance - amount

b = withdraw(100, 30)
print("balance", b)
withdraw(b, 500)
