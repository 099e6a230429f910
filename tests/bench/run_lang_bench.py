"""Runs the language benchmarks (tests/bench/lang/*.py) under loopscope (native, in
deterministic mode, which costs nothing: the programs do not wait) and under the
CPython that runs this script, in the same run; prints a table with the ratio
CPython time / loopscope time and merges suite "lang" records into
build/bench/results.json. Called by scripts/bench.sh.

With --wasm it also runs the wasm part (tests/bench/wasm_lang_bench.py): the same
programs under the wasm CLI, Pyodide and MicroPython, all under node.

Each program runs --repeat times per implementation; the median wall time of the
whole process is kept (start-up included: a playground user waits for it too).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "tests", "bench", "lang")
LOOPSCOPE = os.path.join(ROOT, "build", "native", "core", "cli", "loopscope")
ASYNC = {"tasks_gather", "queue_pingpong"}
# Issue #3: CPU workloads no slower than CPython (ratio >= 1), async ones >= 5x faster.
TARGET_CPU, TARGET_ASYNC = 1.0, 5.0


def timed(cmd):
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["?"])[-1]
        raise RuntimeError(f"exit {out.returncode}: {last}")
    return elapsed, out.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="one run each")
    ap.add_argument("--wasm", action="store_true",
                    help="also the wasm build under node against Pyodide and MicroPython")
    args = ap.parse_args()
    repeat = 1 if args.quick else args.repeat
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    impls = {
        "loopscope": lambda p: [LOOPSCOPE, "run", "--virtual-time", p],
        "cpython": lambda p: [sys.executable, p],
    }
    records = []
    outputs_of_cpython = {}
    print(f"\nLanguage benchmarks (median of {repeat}; ratio = cpython / loopscope; wall time of the process)")
    print(f"{'program':<16} {'loopscope s':>12} {'cpython s':>10} {'ratio':>7}  target")
    for name in names:
        path = os.path.join(PROGRAMS, name + ".py")
        times, outputs = {}, {}
        try:
            for impl, cmd in impls.items():
                runs = [timed(cmd(path)) for _ in range(repeat)]
                times[impl] = statistics.median(t for t, _ in runs)
                outputs[impl] = runs[0][1]
        except RuntimeError as e:
            print(f"{name:<16} {impl} FAILED: {e}")
            continue
        for impl, value in times.items():
            records.append({"suite": "lang", "workload": name, "impl": impl, "metric": "seconds", "value": value})
        outputs_of_cpython[name] = outputs["cpython"]
        same = "" if outputs["loopscope"] == outputs["cpython"] else "  OUTPUT DIFFERS"
        ratio = times["cpython"] / times["loopscope"]
        target = TARGET_ASYNC if name in ASYNC else TARGET_CPU
        verdict = f">= {target:g}x {'met' if ratio >= target else 'NOT met'}"
        print(f"{name:<16} {times['loopscope']:>12.3f} {times['cpython']:>10.3f} {ratio:>6.2f}x  {verdict}{same}")
    if args.wasm:
        import wasm_lang_bench
        records += wasm_lang_bench.run(names, repeat, outputs_of_cpython)
    out_dir = os.path.join(ROOT, "build", "bench")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "results.json")
    kept = []
    if os.path.exists(path):
        with open(path) as f:
            kept = [r for r in json.load(f) if r.get("suite") != "lang"]
    with open(path, "w") as f:
        json.dump(kept + records, f, indent=1)
    print(f"wrote {len(records)} records to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
