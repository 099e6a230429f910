"""Runs `loopscope run --virtual-time --timeline` on timeline/two_workers.py and checks
the text timeline against what the program does: a row per task named with its
coroutine, each row's states in the right halves of the 2 s run, the failed task's
exception, the legend of the glyphs used and the time scale; and timeline/no_loop.py,
which runs no event loop.
Usage: check_timeline.py CLI_COMMAND...  Prints "N passed, N failed"; exits 1 on a failure."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    cli = sys.argv[1:]
    program = os.path.join(HERE, "timeline", "two_workers.py")
    out = subprocess.run(cli + ["run", "--virtual-time", "--timeline", program],
                         capture_output=True, text=True, timeout=120).stdout
    rows = {}
    for line in out.splitlines():
        m = re.match(r"^(.*?) +\|(.*)\|(.*)$", line)
        if m:
            rows[m.group(1)] = (m.group(2), m.group(3).strip())
    checks = []

    def check(what, ok):
        checks.append((what, ok))

    check("a row per task and the loop's, named with their coroutines",
          list(rows) == ["loop", "Task-1 main()", "Task-2 setter()", "Task-3 waiter()", "Task-4 failer()"])
    header = out.splitlines()[0] if out else ""
    check("the time axis runs from 0s to 2s", re.search(r"0s +2s$", header) is not None)
    setter = rows.get("Task-2 setter()", ("", ""))[0]
    waiter = rows.get("Task-3 waiter()", ("", ""))[0]
    half = len(setter) // 2
    check("the setter sleeps the first half and is gone in the second",
          setter[1:half - 1].strip("z") == "" and setter[half + 2:].strip() == "")
    check("the waiter waits the first half and sleeps the second",
          waiter[1:half - 1].strip("w") == "" and waiter[half + 2:-1].strip("z") == "")
    check("the failed task names its exception",
          rows.get("Task-4 failer()", ("", ""))[1] == "failed: ValueError: boom")
    legend = next((l for l in out.splitlines() if l.startswith("legend:")), "")
    check("the legend explains the glyphs shown, and only those",
          all(g in legend for g in ("# running", "z sleeping", "w waiting", "c callback", "- loop idle"))
          and "loop running" not in legend and "ready" not in legend)
    check("the scale line says the seconds per column",
          re.search(r"^one column = [0-9.e-]+ s$", out, re.M) is not None)
    plain = subprocess.run(cli + ["run", "--virtual-time", "--timeline", os.path.join(HERE, "timeline", "no_loop.py")],
                           capture_output=True, text=True, timeout=120).stdout
    check("a program without an event loop says so",
          plain == "no loop here\ntimeline: nothing to show (the program ran no event loop)\n")
    failed = [what for what, ok in checks if not ok]
    for what in failed:
        print(f"FAIL {what}")
    if failed:
        print(out)
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
