# f-strings: expressions, conversions !r !s !a, nested format specs, = specifier, escapes.
name, value, width, prec = "pi", 3.14159265, 12, 3
print(f"{name}={value}")
tabbed = "tab\there"
print(f"{name!r} {name!s} {name!a} {'héllo'!a} {tabbed!r} {tabbed!s}")
print(f"[{value:{width}.{prec}f}] [{value:<{width}}] [{value:^{width}.{prec + 2}}] [{name:{'*'}>{width}}]")
print(f"{value=}")
print(f"{value = }")
print(f"{value=:.2f}")
print(f"{name=!s} {name=}")
print(f"{1 + 2 = }")
print(f"{width * 2=}")
items = [1, 2, 3]
print(f"{items} {items[0]} {items[-1]:03d} {len(items)=} {sum(items) / len(items):.2f}")
d = {"key": "val", "n": 5}
print(f"{d['key']} {d['n']:>4} {d!r}")
print(f"{'nested' + f'{1 + 1}'} {f'{value:.{prec}f}':>10}")
print(f"{{literal braces}} {{{name}}} {'{'}{'}'}")
print(f"{3 if value > 3 else 0} {(lambda x: x * 2)(4)} {[i * i for i in range(4)]}")
print(f"{value:+.1e} {value:%} {42:#x} {42:b} {-42:+d} {1e6:,.0f} {1234.5:_}")
class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"
obj = Thing()
print(f"{obj} {obj!r} {obj!s} {str(obj)!r}")
print(f"{'multi'}" f"{'part'}" "plain" f"{1}")
print(f'{"double quotes inside"}', f"{'single'}", f"""{"triple"}""")
n = 7
print(f"{n:{'0'}{'>'}{5}}", f"{n:0{n}d}", f"{'x':{n}}|")
print(f"{n!r:>5}|{name!r:^10}|{name!s:.1}|")
newline = "\n"
print(f"a{newline}b".split(newline), len(f"{'':>{n}}"))
pi = 3.141592653589793
print(f"{pi:.{n}f}", f"{pi:{n + 5}.{n // 2}e}", f"{pi:{'<'}{n}.{1}}|")
class Fmt:
    def __format__(self, spec):
        return f"<Fmt spec={spec!r}>"
print(f"{Fmt()} {Fmt():abc} {Fmt():{width}x}")
print(f"{None} {True} {None!r:>6} {True:>6} {False!s:<6}|")
x = 10
print(f"{x:}", f"{x!s:}", f"{x:>}", f"{'left':<}")
