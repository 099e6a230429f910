# NameError with a suggestion ("Did you mean: ...?") for a misspelt local.
def total(values):
    result = 0
    for value in values:
        result += value
    return reslt

print(total([1, 2]))
