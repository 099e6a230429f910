"""The wasm part of the lang benchmark (issue #3), called by run_lang_bench.py --wasm:
each tests/bench/lang program under node with
  loopscope-wasm  build/wasm/core/cli/loopscope.js run --virtual-time P
  pyodide         CPython in WebAssembly (npm pyodide), runPython of the program
  micropython     MicroPython's wasm port (npm @micropython/micropython-webassembly-pyscript)
the two peers through tests/bench/peers/run_wasm_peer.mjs, from the npm packages that
scripts/bench.sh installs into tests/bench/peers/node_modules. Every output is checked
against CPython's; a program a peer cannot run (an error, e.g. MicroPython's asyncio
has no Queue) is shown as unsupported with its error, never timed.

Measured: the wall time of the whole node process per program (median of --repeat,
start-up included; a run is stopped after BUDGET_S and then counts as a lower bound,
"> 60 s", and a first run longer than LONG_RUN_S is not repeated: Pyodide's asyncio
schedules each callback through a JS timer and takes about 9 minutes on tasks_gather,
so that the whole comparison still completes in one run), and the start-up: `print(1)` from process start to its first
output line (seen by this script through the pipe) and in-process, from the import of
the engine to the first output (the figure each runner prints on a TIMING line).
Targets (issue #3): start-up under 20 ms in-process like MicroPython's, and faster
than Pyodide on every program.
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "tests", "bench", "lang")
PEERS = os.path.join(ROOT, "tests", "bench", "peers")
WASM_CLI = os.path.join(ROOT, "build", "wasm", "core", "cli", "loopscope.js")
# emscripten 3.1.6 tries fetch() on a file path under node 20 without the flag.
NODE = ["node", "--no-experimental-fetch"]
IMPLS = ["loopscope-wasm", "pyodide", "micropython"]
TARGET_STARTUP_MS = 20.0
BUDGET_S = 60     # a run past this is stopped; its time is then a lower bound
LONG_RUN_S = 10   # a first run longer than this is not repeated


def command(impl, path):
    if impl == "loopscope-wasm":
        hook = os.path.join(PEERS, "first_output_hook.cjs")
        return NODE + ["-r", hook, WASM_CLI, "run", "--virtual-time", path]
    # JSPI lets Pyodide's asyncio.run block on its event loop (see run_wasm_peer.mjs).
    return NODE + ["--experimental-wasm-stack-switching", os.path.join(PEERS, "run_wasm_peer.mjs"), impl, path]


class Unsupported(Exception):
    pass


class OverBudget(Exception):
    """The run was stopped at BUDGET_S: the program takes longer (cpu: its CPU time so far)."""
    def __init__(self, cpu):
        super().__init__(f"stopped after {BUDGET_S} s")
        self.cpu = cpu


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(impl, path):
    """Runs one process; returns (wall seconds, stdout, seconds to the first stdout
    line, the TIMING dict, CPU seconds of the process: user + system, all its threads).
    Raises Unsupported with the last error line on failure, OverBudget past BUDGET_S."""
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(command(impl, path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT)
    # The timer also bounds the wait for the first line (readline has no timeout).
    timer = threading.Timer(BUDGET_S, proc.kill)
    timer.start()
    try:
        first_line = proc.stdout.readline()
        first = time.perf_counter() - t0 if first_line else None
        rest, err = proc.communicate()
    finally:
        timed_out = not timer.is_alive()
        timer.cancel()
    if timed_out:
        raise OverBudget(children_cpu() - cpu0)
    wall = time.perf_counter() - t0
    cpu = children_cpu() - cpu0  # runs are sequential: the one child reaped since cpu0
    lines = err.decode(errors="replace").strip().splitlines()
    timing = {}
    if lines and lines[-1].startswith("TIMING "):
        timing = json.loads(lines.pop()[len("TIMING "):])
    if proc.returncode != 0:
        raise Unsupported(f"exit {proc.returncode}: {(lines or ['?'])[-1]}")
    return wall, (first_line + rest).decode(errors="replace"), first, timing, cpu


def cpython_output(path):
    return subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=ROOT).stdout


def present():
    missing = []
    if not os.path.exists(WASM_CLI):
        missing.append(f"{os.path.relpath(WASM_CLI, ROOT)} (cmake --build --preset wasm --target loopscope)")
    for pkg in ("pyodide", "@micropython/micropython-webassembly-pyscript"):
        if not os.path.isdir(os.path.join(PEERS, "node_modules", pkg)):
            missing.append(f"tests/bench/peers/node_modules/{pkg} (npm ci in tests/bench/peers)")
    return missing


def startup(repeat, records):
    """print(1): process start to first output line, and in-process to first output."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("print(1)\n")
        path = f.name
    try:
        print(f"\nWasm start-up: print(1), median of {repeat} (process: node start to the first "
              f"output line; in-process: engine import to first output; target < {TARGET_STARTUP_MS:g} ms)")
        print(f"{'impl':<16} {'process ms':>11} {'in-process ms':>14}  target")
        figures = {}
        for impl in IMPLS:
            runs = [run_once(impl, path) for _ in range(repeat)]
            process_ms = statistics.median(r[2] for r in runs) * 1000
            inproc = [r[3].get("first_output_ms") for r in runs]
            inproc_ms = statistics.median(inproc) if None not in inproc else None
            figures[impl] = (process_ms, inproc_ms)
            records.append({"suite": "lang", "workload": "startup_print1", "impl": impl,
                            "metric": "process_first_output_ms", "value": process_ms})
            if inproc_ms is not None:
                records.append({"suite": "lang", "workload": "startup_print1", "impl": impl,
                                "metric": "inprocess_first_output_ms", "value": inproc_ms})
            verdict = ("" if inproc_ms is None else
                       f"< {TARGET_STARTUP_MS:g} ms {'met' if inproc_ms < TARGET_STARTUP_MS else 'NOT met'}")
            shown = "?" if inproc_ms is None else f"{inproc_ms:.1f}"
            print(f"{impl:<16} {process_ms:>11.1f} {shown:>14}  {verdict if impl == 'loopscope-wasm' else ''}")
        return figures
    finally:
        os.unlink(path)


def timed_runs(impl, path, repeat):
    """`repeat` runs, or only the first when it took longer than LONG_RUN_S."""
    first = run_once(impl, path)
    if first[0] > LONG_RUN_S:
        return [first]
    return [first] + [run_once(impl, path) for _ in range(repeat - 1)]


def run(names, repeat, cpython_outputs):
    """Runs the wasm part; returns its suite "lang" records."""
    missing = present()
    if missing:
        print("\nWasm lang benchmark skipped, missing: " + "; ".join(missing))
        return []
    records = []
    startup(max(repeat, 3), records)
    print(f"\nWasm language benchmarks under node (median of {repeat}; wall = the whole process, "
          f"start-up included; cpu = its user+system time, all threads, less sensitive to a loaded "
          f"machine; ratio = peer / loopscope-wasm; target: faster than Pyodide, ratio > 1)")
    print(f"{'':<15} {'loopscope-wasm':>15} {'pyodide':>15} {'micropython':>15} {'vs pyodide':>15} {'vs micropython':>15}")
    print(f"{'program':<15}" + f" {'wall s':>7} {'cpu s':>7}" * 3 + f" {'wall':>7} {'cpu':>7}" * 2)
    notes = []
    for name in names:
        path = os.path.join(PROGRAMS, name + ".py")
        want = cpython_outputs.get(name)
        if want is None:
            want = cpython_output(path)
        wall, cpu, bounded = {}, {}, set()
        for impl in IMPLS:
            try:
                runs = timed_runs(impl, path, repeat)
            except Unsupported as e:
                notes.append(f"{name} on {impl}: unsupported ({e})")
                continue
            except OverBudget as e:
                wall[impl], cpu[impl] = float(BUDGET_S), e.cpu
                bounded.add(impl)
                notes.append(f"{name} on {impl}: stopped after {BUDGET_S} s, its times are lower bounds")
                records.append({"suite": "lang", "workload": name, "impl": impl,
                                "metric": "seconds_lower_bound", "value": float(BUDGET_S)})
                continue
            if runs[0][1] != want:
                notes.append(f"{name} on {impl}: OUTPUT DIFFERS from CPython's, not timed")
                continue
            if len(runs) < repeat:
                notes.append(f"{name} on {impl}: one run (longer than {LONG_RUN_S} s)")
            wall[impl] = statistics.median(r[0] for r in runs)
            cpu[impl] = statistics.median(r[4] for r in runs)
            records.append({"suite": "lang", "workload": name, "impl": impl,
                            "metric": "seconds", "value": wall[impl]})
            records.append({"suite": "lang", "workload": name, "impl": impl,
                            "metric": "cpu_seconds", "value": cpu[impl]})
            run_ms = [r[3].get("run_ms") for r in runs]
            if None not in run_ms and impl != "loopscope-wasm":
                # The peer's program alone, without its load: tells how much of a
                # peer's wall time is its start-up.
                records.append({"suite": "lang", "workload": name, "impl": impl,
                                "metric": "run_seconds", "value": statistics.median(run_ms) / 1000})

        def cells(impl):
            if impl not in wall:
                return f" {'unsupported':>15}"
            if impl in bounded:  # stopped: lower bounds
                return f" {'>' + format(wall[impl], '.0f'):>7} {'>' + format(cpu[impl], '.1f'):>7}"
            return f" {wall[impl]:>7.2f} {cpu[impl]:>7.2f}"

        def ratios(peer):
            if peer not in wall or "loopscope-wasm" not in wall or "loopscope-wasm" in bounded:
                return f" {'-':>15}"
            sign = ">" if peer in bounded else ""
            return "".join(f" {sign + format(t[peer] / t['loopscope-wasm'], '.2f') + 'x':>7}" for t in (wall, cpu))

        verdict = ""
        if "loopscope-wasm" in bounded:
            verdict = "  ahead of pyodide: NOT met (loopscope-wasm stopped)"
        elif "pyodide" in wall and "loopscope-wasm" in wall:
            ahead = wall["pyodide"] > wall["loopscope-wasm"] and cpu["pyodide"] > cpu["loopscope-wasm"]
            verdict = "  ahead of pyodide: met" if ahead else "  ahead of pyodide: NOT met"
        print(f"{name:<15}" + "".join(cells(i) for i in IMPLS) + ratios("pyodide") + ratios("micropython") + verdict)
    for note in notes:
        print("  " + note)
    return records
