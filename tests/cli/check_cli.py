"""Runs the CLI on each program in tests/cli/programs and on a missing file, and
checks stdout, the exit code and the last stderr line against CPython's (the python3
that runs this script) on the same file, with the same console input (NAME.stdin). Usage: check_cli.py CLI_COMMAND...
(e.g. `node --no-experimental-fetch build/wasm/core/cli/loopscope.js`).
Prints "N passed, N failed" and exits 1 on a difference."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL_TIME_GOLDENS = ["err_recursion_03.py"]  # recursion depths: vtime.py adds 6 frames


def run(cmd, stdin_text=""):
    p = subprocess.run(cmd, input=stdin_text, capture_output=True, text=True, timeout=120)
    last = (p.stderr.strip().splitlines() or [""])[-1]
    return p.stdout, p.returncode, last


def main():
    cli = sys.argv[1:]
    if not cli:
        sys.exit("usage: check_cli.py CLI_COMMAND...")
    programs = sorted(os.path.join(HERE, "programs", f)
                      for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    # Goldens whose output in real-time mode differs from the oracle's (python3 runs the
    # program without vtime.py's frames below it): checked here against python3.
    programs += [os.path.join(HERE, "..", "lang", "golden", f) for f in REAL_TIME_GOLDENS]
    passed = failed = 0
    for path in programs:
        # A program's console input, if it reads any, is in NAME.stdin (else none: EOF).
        stdin_path = path[:-3] + ".stdin"
        stdin_text = open(stdin_path).read() if os.path.exists(stdin_path) else ""
        want = run([sys.executable, path], stdin_text)
        got = run(cli + ["run", path], stdin_text)
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {os.path.basename(path)}\n  cpython:  {want!r}\n  loopscope: {got!r}")
    # A missing program: both exit 2 (their messages differ, so only the code counts).
    missing = os.path.join(HERE, "programs", "no_such_program.py")
    want_rc, got_rc = run([sys.executable, missing])[1], run(cli + ["run", missing])[1]
    if want_rc == got_rc == 2:
        passed += 1
    else:
        failed += 1
        print(f"FAIL missing file: cpython exit {want_rc}, loopscope exit {got_rc}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
