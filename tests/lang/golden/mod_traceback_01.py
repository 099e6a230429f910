# traceback: format_exception (both forms), format_exception_only, format_exc outside
# and inside except, format_stack/extract_stack, chained exceptions.
import traceback, sys
def f(): 1/0
try: f()
except Exception as e:
    chunks = traceback.format_exception(e)
    print(len(chunks), chunks[0], chunks[-1], [c.split("line ")[1].splitlines()[0] for c in chunks[1:-1]])
    print(repr(traceback.format_exception_only(e)))
    print(traceback.format_exc().splitlines()[-1], traceback.format_exc().count("File"))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1])
print(repr(traceback.format_exc()))
def g(): return [c.split("line ")[1] for c in traceback.format_stack() if "mod_traceback_01" in c]
print(repr(g()))
last = traceback.extract_stack()[-1]
print(last.filename.rsplit("/", 1)[-1], last.lineno, last.name, last.line)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError:
    text = traceback.format_exc()
    print(text.count("Traceback"), "direct cause" in text, text.splitlines()[-1])
