# raise ... from at top level: the last line is the outer exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e

print(parse("12"))
print(parse("twelve"))
