# Output with sep/end, an f-string and a float repr.
print("hello", "wasm", sep=", ", end="!\n")
print(f"{0.1 + 0.2} {2 ** 70} {[1, 'a', None]}")
