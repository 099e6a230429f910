# TypeError messages for operators; the uncaught one adds str and int.
pairs = [(1, "a"), ([1], (1,)), ({}, {}), (None, 1), ("a", 2.5)]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print("TypeError:", e)
for expr in ["-'x'", "~1.5", "[] * []", "{} < {}", "len(5)"]:
    try:
        if expr == "-'x'":
            -"x"
        elif expr == "~1.5":
            ~1.5
        elif expr == "[] * []":
            [] * []
        elif expr == "{} < {}":
            {} < {}
        else:
            len(5)
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")
age = 30
print("age: " + age)
