# A syntax error: assignment to a literal.
print("never runs")
5 = x
