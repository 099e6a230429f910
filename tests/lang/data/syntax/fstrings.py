# f-strings: fields, conversions, specs, nesting, self-documenting '=', escapes.
name = "x"
width = 10
prec = 3
value = 1.5
a = f'hello {name}'
b = f"{name!r} {name!s} {name!a}"
c = f'{value:10.3f}'
d = f'{value:{width}.{prec}}'
e = f'{value=}'
f = f'{value = }'
g = f'{value=:>10}'
h = f'{value=!s}'
i = f'{{literal}} {{{name}}}'
j = f'{name}' 'plain' f'{width}'
k = 'plain' f'{name}'
l = f''
m = f'no fields'
n = rf'\d{name}'
o = f'{a["key"]}'
p = f'{x:}'
q = f'{"nested"!r:^20}'
r = f'{3.14:.{prec}f}'
s = f'{a!r:{width}}'
t = f'{a + b}'
u = f'{(lambda x: x)(1)}'
v = f"{'a' if x else 'b'}"
w = f'{x, y}'
xx = f'{d[1:2]}'
yy = f'{x != y}'
zz = f'{x == y}'
aa = f'tab\there {x}'
bb = f'''multi
line {x}
'''
cc = f'{x:{y}{z}}'
dd = F'{x}' FR'{y}\n' Rf'{z}'
ee = f'{x}{y}{z}'
ff = f'a' f'b' 'c'
gg = f'{x:%Y-%m-%d}'
hh = f'{x:{{}}}' if False else 0
ii = f'{x!r:}'
jj = f'{x=!r:^10}'
kk = f"{f'{x}'}"
ll = f'{ x }'
mm = f'{x:=5}'
nn = f'{x>=y}'
