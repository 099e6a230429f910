# assert: messages, evaluation of the message only on failure, AssertionError args.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(5))
try:
    check(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)

calls = []
def message():
    calls.append("called")
    return "expensive message"

assert True, message()
print("message evaluated on success:", calls)
try:
    assert [], message()
except AssertionError as e:
    print("message evaluated on failure:", calls, str(e))

try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e.args, str(e))

try:
    assert None, None
except AssertionError as e:
    print("None message:", e.args, repr(str(e)))

def validate(items):
    for i, item in enumerate(items):
        assert isinstance(item, int), f"item {i} is {type(item).__name__}"
        assert item >= 0, item
    return sum(items)

for data in [[1, 2, 3], [1, "two"], [4, -5]]:
    try:
        print("sum", validate(data))
    except AssertionError as e:
        print("invalid:", e.args[0])

print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
x = 0
try:
    assert (x := x + 1) > 5, f"x is {x}"
except AssertionError as e:
    print(e)
print(__debug__)
