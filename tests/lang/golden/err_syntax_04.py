# IndentationError: expected an indented block.
def f():
print("not indented")
