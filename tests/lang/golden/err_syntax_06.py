# SyntaxError: invalid syntax from a stray keyword.
print("never runs")
x = 1 +* 2
