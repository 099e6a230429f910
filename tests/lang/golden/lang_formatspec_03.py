# Format spec: precision and float presentation types e, E, f, F, g, G, %, and none.
values = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 0.000012345, 1e-10, 1e16, 123456789012.0, 2.5, 0.125, 1e100]
for v in values:
    print(f"{v!r:>22}: e={v:e} .2E={v:.2E} f={v:f} .0f={v:.0f} .3F={v:.3F} g={v:g} .3g={v:.3g} G={v:.10G} %={v:.1%} .1={v:.1} .5={v:.5}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):F} {float('nan'):E} {float('inf'):%}")
print(f"{float('inf'):+08.2f} {float('nan'):*^9}")
for p in range(0, 8):
    print(p, format(2 / 3, f".{p}f"), format(2 / 3, f".{p}e"), format(2 / 3, f".{p}g"), format(1234.5, f".{p}g"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e-5, "g"), format(1e-4, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001, ".2g"))
print(format(100, "e"), format(100, "f"), format(100, "g"), format(100, "%"), format(7, ".3e"))
print(format(12.0, "#g"), format(12.0, "#.3g"), format(1e-7, "#g"), format(5.0, "#e"), format(5.0, "#.0e"))
print(f"{1 / 7:.15f}", f"{1 / 7:.20f}", f"{2 ** 0.5:.30f}")
print(f"{9.995:.2f} {9.9949:.2f} {-0.0001:.2f} {-0.0:g} {0.1 + 0.2:.17g}")
print(f"{123.456:10.2f}|{123.456:<10.1e}|{123.456:^12.4g}|{-0.5:>8.0%}")
try:
    format(1.0, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "e")
except ValueError as e:
    print("ValueError:", e)
print(format("abcdef", ".3"), format("abcdef", "10.2"), format("abc", ".0s"), f"{'truncate':.4s}|")
