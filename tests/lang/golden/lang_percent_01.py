# %-formatting: conversions, flags, width/precision, * arguments, mappings, errors.
_print = print
def print(*args):  # "0x..." would be masked as 0x? by the golden comparison: keep the digits visible
    _print(*[str(a).replace("0x", "0x_").replace("0X", "0X_") for a in args])

print("%s %r %a" % ("str", "str", "é"))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (3, 3, 3, 3, 3))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 48879))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%c%c%c" % (72, "i", 33), "%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x)05.1f|%(y)-6s|" % {"x": 2.25, "y": "ab"})
print("100%% sure, %d%%" % 50, "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%s" % "single", "%r" % None, "%s %s" % (True, None), "%d" % True, "%.3s" % True)
print("%d" % 3.99, "%x" % 255, "%e" % 0, "%g" % 100000, "%g" % 1000000, "%.0f" % 0.5, "%.0f" % 1.5)
print("%10.4e|%-12g|%+.3g|% .2f" % (1234.5, 0.0001, 1234567, 2.5))
print("%s|%5s|%-5s" % ("é", "é", "é"), "%r" % "quote'd", "%r" % 'dq"s')
print("%i items at %.1f%% off" % (3, 12.5), "%o" % -8, "%x" % -255, "%#o" % 0, "%+.1e" % -0.0)
print("%d" % (2 ** 70), "%x" % (2 ** 70), "%.2f" % (10 ** 20), "%e" % (10 ** 20))
cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", (1,)), ("%c", 1114112), ("%c", "ab"), ("%", ()), ("%x", 1.5), ("%(a)s %s", {"a": 1})]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
print("%s" % {"a": 1}, "%(a)s" % {"a": {"b": 2}}, "no args" % ())
print("%-8s|%8s|" % ("left", "right"), "%3d|%-3d|%03d" % (-5, -5, -5))
print("%.3r" % "abcdef", "%5r" % 1, "%-6r|" % 2.5)
b = "%s and %s"
print(b % ("x", "y"), b % tuple("pq"))
