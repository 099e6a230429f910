# SyntaxError: unterminated string literal.
print("never runs")
s = "unterminated
print(s)
