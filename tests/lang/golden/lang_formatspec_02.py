# Format spec: alternate form (#), zero padding, grouping with , and _.
_print = print
def print(*args):  # "0x..." would be masked as 0x? by the golden comparison: keep the digits visible
    _print(*[str(a).replace("0x", "0x_").replace("0X", "0X_") for a in args])

nums = [0, 7, 255, -255, 1234567, -1234567890, 10 ** 12]
for n in nums:
    print(f"{n:>14,} | {n:_} | {n:#x} | {n:#o} | {n:#b} | {n:#X} | {n:_x} | {n:#_b}")
for n in [255, -255, 4096]:
    print(f"[{n:#010x}] [{n:010,}] [{n:+#012_x}] [{n:#>12o}] [{n:^#14b}] [{n:#014_b}]")
floats = [0.0, 1234.5678, -9876543.21, 1e10, 0.000123]
for f in floats:
    print(f"[{f:,}] [{f:,.2f}] [{f:_.3f}] [{f:015,.2f}] [{f:+,.0f}] [{f:#.0f}] [{f:#g}] [{f:,g}]")
print(f"{1234567.891:,.2e}" if False else f"{1234567.891:.2e}", f"{1e20:,.0f}", f"{123456789:,d}")
print(format(1000000, ",").replace(",", "."), f"{-0.5:010.3f}", f"{12:0>5}", f"{12:05}", f"{-12:05}")
print(f"{0:#x} {0:#b} {0:#o} {0:,} {0.0:,.1f}")
print(f"{True:#x} {False:05d} {65:c} {9731:c} {0x1F600:c}")
for bad_spec in [",s", "_c", ",x", "#s", "#c"]:
    try:
        print(bad_spec, format(42 if "s" not in bad_spec else "str", bad_spec))
    except ValueError as e:
        print(repr(bad_spec), "ValueError:", e)
try:
    format(42, ",_")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "#x")
except ValueError as e:
    print("ValueError:", e)
print(f"{12345.6789:012,.2f}", f"{-12345.6789:012,.2f}", f"{1e6:,.1%}")
print(f"{2 ** 64:,}", f"{2 ** 64:_o}", f"{-(2 ** 70):#_x}")
