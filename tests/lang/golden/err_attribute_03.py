# AttributeError with a "Did you mean" suggestion in the final line.
class Account:
    def __init__(self):
        self.balance = 100

acct = Account()
print("balance:", acct.balance)
print("balance:", acct.balanse)
