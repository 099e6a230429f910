"""Runs the loop benchmarks and their peers, prints a table, merges the records into
build/bench/results.json. Called by scripts/bench.sh (which builds first).

Each implementation runs --repeat times; the median of each figure is kept. Ratios are
peer time / loopscope time, measured in the same run.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "build", "native", "tests", "bench")
PEERS = os.path.join(ROOT, "tests", "bench", "peers")
WORKLOADS = ["sleep0", "timers", "pingpong", "semaphore"]
# Targets from issue #2: loopscope at least this many times faster than the peer.
TARGETS = {"cpython-asyncio": 100.0, "uvloop": 20.0, "boost-asio": 1.0, "node": None}
NOTES = {
    "uvloop": "timers: real clock, delays scaled 0..10 s -> 0..10 ms",
    "boost-asio": "timers: real steady_timer, delays scaled to 0..10 ms; pingpong/semaphore: channels",
    "node": "sleep0: setImmediate turns; timers: setTimeout scaled to ms; queue/semaphore on promises",
}


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    figures = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            figures[(parts[0], parts[1])] = float(parts[2])
    return figures


def median_of(cmd, repeat):
    runs = [run(cmd) for _ in range(repeat)]
    return {key: statistics.median(r[key] for r in runs if key in r) for key in runs[0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    q = ["--quick"] if args.quick else []
    impls = {
        "loopscope": [os.path.join(BENCH, "loop_bench")] + q,
        "cpython-asyncio": [sys.executable, os.path.join(PEERS, "loop_workloads.py"), "--loop", "virtual"] + q,
    }
    if subprocess.run(["/usr/bin/python3", "-c", "import uvloop"], capture_output=True).returncode == 0:
        impls["uvloop"] = ["/usr/bin/python3", os.path.join(PEERS, "loop_workloads.py"), "--loop", "uvloop"] + q
    if os.path.exists(os.path.join(BENCH, "asio_bench")):
        impls["boost-asio"] = [os.path.join(BENCH, "asio_bench")] + q
    if shutil.which("node"):
        impls["node"] = ["node", os.path.join(PEERS, "loop_workloads.mjs")] + q

    results = {}
    for impl, cmd in impls.items():
        print(f"running {impl} x{args.repeat} ...", file=sys.stderr, flush=True)
        results[impl] = median_of(cmd, args.repeat)
    notrace = median_of([os.path.join(BENCH, "loop_bench_notrace")] + q, args.repeat)

    records = []
    ours = results["loopscope"]
    print(f"\nLoop benchmarks ({'quick' if args.quick else 'full'} sizes; median of {args.repeat}; ratio = peer / loopscope)")
    print(f"{'workload':<11} {'impl':<16} {'seconds':>10} {'ratio':>8}  target")
    for w in WORKLOADS:
        for impl, figures in results.items():
            value = figures.get((w, "seconds"))
            if value is None:
                continue
            records.append({"suite": "loop", "workload": w, "impl": impl, "metric": "seconds", "value": value})
            if impl == "loopscope":
                print(f"{w:<11} {impl:<16} {value:>10.4f}")
                continue
            ratio = value / ours[(w, "seconds")]
            target = TARGETS.get(impl)
            verdict = "" if target is None else (f">= {target:g}x met" if ratio >= target else f">= {target:g}x NOT met")
            print(f"{'':<11} {impl:<16} {value:>10.4f} {ratio:>7.1f}x  {verdict}")
    switch = ours[("task_switch", "ns")]
    step = ours[("sleep0_step", "ns")]
    task_bytes = ours[("suspended_task", "bytes")]
    records.append({"suite": "loop", "workload": "task_switch", "impl": "loopscope", "metric": "ns", "value": switch})
    records.append({"suite": "loop", "workload": "sleep0_step", "impl": "loopscope", "metric": "ns", "value": step})
    records.append({"suite": "loop", "workload": "suspended_task", "impl": "loopscope", "metric": "bytes", "value": task_bytes})
    print(f"\ntask switch: {switch:.1f} ns between 1,000 tasks yielding (target < 50: {'met' if switch < 50 else 'NOT met'}); "
          f"{step:.1f} ns per step of sleep0, creating and gathering its 100k tasks included")
    print(f"task suspended in sleep: {task_bytes:.0f} bytes (target < 200: {'met' if task_bytes < 200 else 'NOT met'})")
    plain = notrace[("sleep0", "seconds")]
    unobserved = ours[("sleep0_no_observer", "seconds")]
    observed = ours[("sleep0_counting_observer", "seconds")]
    records.append({"suite": "loop", "workload": "sleep0_tracing_compiled_out", "impl": "loopscope", "metric": "seconds", "value": plain})
    records.append({"suite": "loop", "workload": "sleep0_no_observer", "impl": "loopscope", "metric": "seconds", "value": unobserved})
    records.append({"suite": "loop", "workload": "sleep0_counting_observer", "impl": "loopscope", "metric": "seconds", "value": observed})
    print(f"sleep0 with tracing compiled out {plain:.4f} s, no observer {unobserved:.4f} s "
          f"({(unobserved / plain - 1) * 100:+.1f}%), a counting observer {observed:.4f} s")
    for impl, note in NOTES.items():
        if impl in results:
            print(f"note {impl}: {note}")

    out_dir = os.path.join(ROOT, "build", "bench")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "results.json")
    kept = []
    if os.path.exists(path):
        with open(path) as f:
            kept = [r for r in json.load(f) if r.get("suite") != "loop"]
    with open(path, "w") as f:
        json.dump(kept + records, f, indent=1)
    print(f"\nwrote {len(records)} records to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
