#!/usr/bin/env python3
"""Which functions of the Asyncify engine can be on the stack when a run suspends: a
measuring tool for the page's weight (issue #4), not part of the build.

Binaryen 108's Asyncify instruments every function that may reach a suspending
import, taking every indirect call and every invoke_* (emscripten's JS exceptions
call through the table from JS) as able to reach one. This script computes the same
set more precisely: an invoke_X whose first argument is a constant calls that table
entry; any other invoke_X or call_indirect may call only the table's functions of
its signature. Its output is an ASYNCIFY_ONLY list (comma-separated, as binaryen 108
reads a response file) for comparing sizes; names change with every build, so a
list made this way is only valid for the link it was made from.

  Input: the module as Asyncify sees it, as binaryen text with names:
    EMCC_DEBUG=1 EMCC_TEMP_DIR=T <the engine's em++ link>     # T/emscripten_temp/
    wasm-opt --strip-dwarf --post-emscripten -Oz --low-memory-unused \\
      --zero-filled-memory -g T/emscripten_temp/emcc-2-post_finalize.wasm -o mid.wasm
    wasm-dis mid.wasm -o mid.wat
  Then: scripts/asyncify_suspend_graph.py mid.wat only.csv [wasm/asyncify_remove.txt]
    wasm-opt mid.wasm -ol 2 -s 2 --asyncify --pass-arg=asyncify-imports@... \\
      --pass-arg=asyncify-onlylist@@only.csv ...
"""
import fnmatch
import re
import sys
from collections import defaultdict

SUSPENDING_IMPORTS = {'loopscope_yield_to_host', 'loopscope_sleep_on_host'}
WASM_TYPES = {'i': 'i32', 'j': 'i64', 'f': 'f32', 'd': 'f64'}


def signature(text):
    params = ' '.join(re.findall(r'\(param (?:\$\S+ )?([^)]*)\)', text)).split()
    results = ' '.join(re.findall(r'\(result ([^)]*)\)', text)).split()
    return tuple(params), tuple(results)


def invoke_callee_signature(name):
    """invoke_vii calls a function taking (i32, i32) and returning nothing."""
    code = name[len('invoke_'):]
    result = () if code[0] == 'v' else (WASM_TYPES[code[0]],)
    return tuple(WASM_TYPES[c] for c in code[1:]), result


def unescape(name):
    return re.sub(r'\\([0-9a-f]{2})', lambda m: chr(int(m.group(1), 16)), name)


def read_module(path):
    types, imports, functions, table = {}, set(), {}, []
    calls = defaultdict(list)  # ('direct', f) | ('invoke', f or None, sig) | ('indirect', sig)
    current, pending_invoke = None, None
    for line in open(path):
        if line.startswith(' (type '):
            m = re.match(r' \(type (\$\S+) \(func(.*)\)\)\s*$', line)
            if m:
                types[m.group(1)] = signature(m.group(2))
        elif line.startswith(' (import '):
            m = re.match(r' \(import "[^"]+" "[^"]+" \(func \$(\S+)', line)
            if m:
                imports.add(m.group(1))
        elif line.startswith(' (elem '):
            m = re.match(r' \(elem \(i32\.const (\d+)\) (.*)\)\s*$', line)
            table = [None] * int(m.group(1)) + [n[1:] for n in m.group(2).split()]
        elif line.startswith(' (func '):
            m = re.match(r' \(func \$(\S+)(.*)$', line)
            current, pending_invoke = m.group(1), None
            functions[current] = signature(m.group(2))
        elif current is not None:
            s = line.strip()
            if pending_invoke is not None:  # the line after an invoke: its first argument
                m = re.match(r'\(i32\.const (\d+)\)', s)
                target = table[int(m.group(1))] if m and int(m.group(1)) < len(table) else None
                calls[current].append(('invoke', target, invoke_callee_signature(pending_invoke)))
                pending_invoke = None
            if s.startswith('(call $'):
                target = s[len('(call $'):].split()[0].rstrip(')')
                if target.startswith('invoke_') and target in imports:
                    pending_invoke = target
                else:
                    calls[current].append(('direct', target))
            elif s.startswith('(call_indirect'):
                m = re.match(r'\(call_indirect (?:\$\S+ )?\(type (\$\S+)\)', s)
                calls[current].append(('indirect', types[m.group(1)]))
            elif s.startswith('(return_call'):
                sys.exit('tail calls are not handled')
    return functions, table, calls


def suspending_functions(functions, table, calls, removed):
    """Fixed point: a function suspends if one of its calls may reach a suspension.
    Removed functions (ASYNCIFY_REMOVE's patterns) are taken as never suspending."""
    table_by_signature = defaultdict(set)
    for f in table:
        if f in functions:
            table_by_signature[functions[f]].add(f)
    suspending = set()
    changed = True
    while changed:
        changed = False
        hot = {sig for sig, fs in table_by_signature.items() if fs & suspending}
        for f in functions:
            if f in suspending or removed(f):
                continue
            for call in calls[f]:
                kind = call[0]
                if ((kind == 'direct' and (call[1] in SUSPENDING_IMPORTS or call[1] in suspending))
                        or (kind == 'invoke' and call[1] is not None and call[1] in suspending)
                        or (kind == 'invoke' and call[1] is None and call[2] in hot)
                        or (kind == 'indirect' and call[1] in hot)):
                    suspending.add(f)
                    changed = True
                    break
    return suspending


def main():
    wat, out = sys.argv[1], sys.argv[2]
    patterns = [p for p in open(sys.argv[3]).read().split('\n') if p] if len(sys.argv) > 3 else []
    removed = lambda f: any(fnmatch.fnmatchcase(unescape(f), p) for p in patterns)
    functions, table, calls = read_module(wat)
    suspending = suspending_functions(functions, table, calls, removed)
    print(f'{len(functions)} functions, {len(suspending)} may be on the stack at a suspension')
    with open(out, 'w') as f:
        f.write(','.join(unescape(n) for n in sorted(suspending)))


if __name__ == '__main__':
    main()
