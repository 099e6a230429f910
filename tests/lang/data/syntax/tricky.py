# Layout and tokenizer corners: continuations, brackets across lines, comments,
# semicolons, tabs, soft keywords as names, unicode names, odd spacing.
x = 1 + \
    2
y = (1 +
     2)
z = [
    1,
    2,  # comment
]
d = {
    'a': 1,

    'b': 2,
}
if x:
	y = 1
	if y:
		z = 2
match = 1
case = 2
_ = 3
type = 4
print(match, case, _)
café = 1
δ = 2
a = 1;
b=2;c=3
def f(
    a,
    b,
):
    return (
        a
        +
        b
    )


if (a and
        b):
    pass
x = [i for i in range(10)
     if i % 2
     if i % 3]
call(a, b,)
call(*a,)
call(**k,)
call(a for a in b)
t = 1,
t = 1, 2,
s = {1,}
l = [1,]
1if x else 2
x = [0x1for y in z]
del_ = 1
assert_ = (1)
x = a[1]
x = a [1]
x = a . b
x = not-1
x = - - - 1
x = 1 .real
x = 1. .real
x = (
    # comment only
    1
)
   # comment indented weirdly
y = 2
if x:
    # comment
    pass
    # comment at a different level
        # deeper
z = 3
