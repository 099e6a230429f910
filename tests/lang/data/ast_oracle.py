# CPython as the oracle of tests/lang/parser_test.cpp: for each file given, prints one
# line. Mode "dump": ast.dump(ast.parse(source)), or "ERROR <type> <msg>". Mode
# "error": "OK", or "<type>\t<msg>\t<lineno>\t<offset>" of compile()'s SyntaxError.
import ast
import sys
import warnings

warnings.simplefilter("ignore")
mode = sys.argv[1]
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        data = f.read()
    try:
        if mode == "dump":
            print(ast.dump(ast.parse(data)))
        else:
            compile(data, "x.py", "exec")
            print("OK")
    except SyntaxError as e:
        text = f"{type(e).__name__}\t{e.msg}\t{e.lineno}\t{e.offset}"
        print(("ERROR " if mode == "dump" else "") + text.replace("\n", "\\n"))
    except (ValueError, MemoryError, RecursionError) as e:
        print(f"{type(e).__name__}\t{e}\t0\t0".replace("\n", "\\n"))
    sys.stdout.flush()
