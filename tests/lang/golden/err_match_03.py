# A capture pattern before other cases makes them unreachable: a SyntaxError at compile time.
def f(x):
    match x:
        case 0:
            return "zero"
        case other:
            return "other"
        case 1:
            return "one"
print(f(1))
