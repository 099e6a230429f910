# Operator precedence, comparisons, boolean logic, conditional expressions, walrus.
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
b = -x ** -y ** 2
c = not a == b and c or d and not e
d = a if b else c if d else e
e = a < b <= c > d >= e == f != g
f = a is not b, a not in c, a is b, a in d
g = x | y ^ z & w << 2 >> 3
h = ~x + +y - -z
i = (y := 10) + (z := y * 2)
j = [y := f(x), y ** 2]
k = lambda: 0
l = lambda x, y=1, *args, z, w=2, **kw: x + y
m = lambda a, /, b, *, c: a
n = lambda *a, **k: (a, k)
o = (lambda x: x)(1)
p = a.b.c(d)[e](f=g)
q = (1,)
r = ()
s = (1, 2, *rest)
t = [1, 2, *rest, [3]]
u = {1, 2, *rest}
v = {'a': 1, **other, 'b': 2}
w = {}
x = ...
y = await_ = 3
z = x if not y else -y
if (n := len(a)) > 10:
    pass
aa = 2 ** -1
bb = a[1:2, ::3]
cc = a[::]
dd = a[:, 1]
ee = a[1:2:3]
ff = a[b, c]
gg = a[*b]
hh = a[(1, 2)]
ii = a[1:]
jj = not not x
kk = 1 if x else 2 if y else 3
ll = f(*a, *b, c=1, **d, **e)
mm = f(a)(b)(c)
nn = x.y[z].w()
oo = (a for b in c)
pp = f(x for x in y)
qq = a < b < c
rr = -1
ss = +1.5
tt = (yield_ := 5)
uu = [*a, *b]
vv = f(a, b=1, *c)
ww = a and b and c
xx = a or b or c
yy = (a or b) and c
zz = 1 - (2 - 3)
