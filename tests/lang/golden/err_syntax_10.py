# SyntaxError: nonlocal at module level / duplicate argument names.
def f(a, a):
    return a
