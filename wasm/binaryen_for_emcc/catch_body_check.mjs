// catch_body_check.mjs WASM_DIS WASM IMPORTS REMOVE [BARRIERS ONLY_OUT]: which
// functions of the module that binaryen's Asyncify is about to instrument may be on
// the stack when a run suspends, and a check that fails (exit 1) when the module has a
// call, inside a wasm catch body and after that body's __cxa_end_catch, that may reach
// a suspending import.
// IMPORTS: the suspending imports (emcc's asyncify-imports list, "env.name,...");
// REMOVE: the functions Asyncify leaves alone (its remove list, "pattern,...");
// BARRIERS: a file of patterns, one a line ('#' comments): functions under which the
// runtime never suspends (they hold a NoSuspension for their whole body, which the
// check verifies: each must call NoSuspension's constructor);
// ONLY_OUT: where to write the functions that may be on the stack at a suspension, one
// a line, for binaryen's asyncify-onlylist (the wasm-opt wrapper passes it instead of
// the remove list).
//
// Which functions may be on the stack: a fixed point over direct calls and
// call_indirect (any table function of the signature), with the remove list's
// functions and the barriers taken as never suspending. Binaryen's own analysis
// takes every indirect call as able to suspend, and the barriers cut the paths
// through every destructor (any value freed may free a generator, whose finally block
// runs Python code). Of the page's Asyncify engine's 4,548 functions (after -Oz),
// binaryen's analysis instruments 1,785, this one 956.
//
// Why: Asyncify cannot suspend inside a catch body (it leaves catch bodies
// uninstrumented: the rewind traps or calls garbage, "null function"). C++ code
// that runs inside a catch clause or a cleanup is refused turns at run time
// (platform_may_suspend: an exception is caught or still in flight). But clang puts
// every block that only the handler reaches inside the wasm catch body, also the
// code after the C++ catch clause has ended (__cxa_end_catch), where the runtime no
// longer sees an exception:
//     try { f(); return; } catch (E&) { ... }
//     report();   // in the wasm catch body, after __cxa_end_catch
// So such calls must not be able to suspend; this check finds them in the binary.
//
// How: binaryen's text (one expression per line, nested by indentation) is read back
// as each function's tree; a may-analysis over its structured control flow (blocks,
// loops, ifs, branches, try bodies and catch bodies) finds the calls that can run
// after their nearest catch body's __cxa_end_catch.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmDis, wasmPath, importsArg, removeArg, barriersPath, onlyOut] = process.argv.slice(2);
// binaryen's list entries: names, where '*' matches any run of characters.
const matcher = (list) => {
  const patterns = (list ?? '').split(',').filter(Boolean)
    .map((p) => new RegExp('^' + p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'));
  return (name) => patterns.some((p) => p.test(name));
};
const isSuspendingImport = matcher(importsArg);  // module.base
const removed = matcher(removeArg);
const barrier = matcher(barriersPath ? readFileSync(barriersPath, 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join(',') : '');
const GUARD = 'loopscope::NoSuspension::NoSuspension()';

const text = execFileSync(wasmDis, [wasmPath], { maxBuffer: 1 << 30, encoding: 'utf8' });

// $name or $"quoted name".
const NAME_SOURCE = /\$(?:"((?:[^"\\]|\\.)*)"|([^\s()]+))/.source;
const names = (s) => [...s.matchAll(new RegExp(NAME_SOURCE, 'g'))].map((m) => m[1] ?? m[2]);
const nameAt = (s) => names(s)[0] ?? null;
const signatureOf = (s) => {
  const params = [...s.matchAll(/\(param (?:\$\S+ )?([^)]*)\)/g)].flatMap((m) => m[1].split(' '));
  const results = [...s.matchAll(/\(result ([^)]*)\)/g)].flatMap((m) => m[1].split(' '));
  return `${params.join(',')}->${results.join(',')}`;
};

const types = new Map();      // type name -> signature
const imports = new Map();    // internal name -> module.base
const signatures = new Map(); // function -> signature
const calls = new Map();      // function -> [{callee} | {signature}]
const table = [];
let catchBodies = 0;          // read back, to tell a text format it no longer understands
const hazards = new Map();    // call node -> {fn, call}: may run after __cxa_end_catch in a catch body

// A function body as a tree: binaryen prints each expression on its own line (its
// children on the following, more indented lines; ")" lines close).
const parseNode = (body) => {
  const kind = body.match(/^\(([\w.]+)/)?.[1] ?? '';
  const labels = names(body.slice(kind.length + 1));
  return { kind, body, labels, children: [] };
};

// Whether the code after the nearest catch body's __cxa_end_catch may have run, along
// every path through the function: a may-analysis over the structured control flow.
// A state is undefined (unreachable) or a boolean (ended). Each catch body starts
// unended; branches carry their state to their target's label.
const join = (a, b) => (a === undefined ? b : b === undefined ? a : a || b);
function analyze(fnName, node, state, inCatch, labels) {
  const seq = (children, s) => children.reduce((acc, child) => analyze(fnName, child, acc, inCatch, labels), s);
  switch (node.kind) {
    case 'block': {
      const label = node.labels[0];
      labels.set(label, undefined);
      const end = seq(node.children, state);
      return join(end, labels.get(label));
    }
    case 'loop': {
      const label = node.labels[0];
      let entry = state;
      for (;;) {  // a boolean state: at most two rounds
        labels.set(label, undefined);
        const end = seq(node.children, entry);
        const again = join(entry, labels.get(label));
        if (again === entry) return end;
        entry = again;
      }
    }
    case 'if': {
      const arms = node.children.filter((c) => c.kind === 'then' || c.kind === 'else');
      const after = seq(node.children.filter((c) => !arms.includes(c)), state);
      const ends = arms.map((arm) => seq(arm.children, after));
      return arms.some((a) => a.kind === 'else') ? ends.reduce(join, undefined) : join(after, ends[0]);
    }
    case 'try': {
      const doBody = node.children.find((c) => c.kind === 'do');
      const doEnd = seq(doBody?.children ?? [], state);
      let end = doEnd;
      for (const handler of node.children.filter((c) => c.kind === 'catch' || c.kind === 'catch_all')) {
        // A catch body is a region of its own, unended at its start. After it, the
        // outer region's state is that of the throw, anywhere in the try body.
        catchBodies++;
        const handlerEnd = handler.children.reduce((acc, child) => analyze(fnName, child, acc, true, labels), false);
        if (handlerEnd !== undefined) end = join(end, join(state, join(doEnd, endsCatch(doBody) || undefined)));
      }
      return end;
    }
    case 'br': {
      const s = seq(node.children, state);
      labels.set(node.labels[0], join(labels.get(node.labels[0]), s));
      return undefined;
    }
    case 'br_if': {
      const s = seq(node.children, state);
      labels.set(node.labels[0], join(labels.get(node.labels[0]), s));
      return s;
    }
    case 'br_table': {
      const s = seq(node.children, state);
      for (const l of node.labels) labels.set(l, join(labels.get(l), s));
      return undefined;
    }
    case 'return':
    case 'unreachable':
    case 'throw':
    case 'rethrow':
      seq(node.children, state);
      return undefined;
    case 'call':
    case 'call_indirect':
    case 'return_call':
    case 'return_call_indirect': {
      const s = seq(node.children, state);
      const call = node.kind.endsWith('indirect')
        ? { signature: types.get(node.body.match(/\(type \$(\S+?)\)/)[1]) }
        : { callee: node.labels[0] };
      calls.get(fnName).push(call);
      if (s === undefined || !inCatch) return s;
      if (call.callee === '__cxa_end_catch') return true;
      if (s) hazards.set(node, { fn: fnName, call });
      return node.kind.startsWith('return_') ? undefined : s;
    }
    default:
      return seq(node.children, state);
  }
}
// Whether a subtree calls __cxa_end_catch outside the catch bodies nested in it.
function endsCatch(node) {
  if (!node || node.kind === 'catch' || node.kind === 'catch_all') return false;
  if (node.kind === 'call' && node.labels[0] === '__cxa_end_catch') return true;
  return node.children.some(endsCatch);
}

let fn = null;
let root = null;
let open = [];  // the expressions being read: {indent, node}
const finishFunction = () => {
  if (fn !== null) analyze(fn, root, false, false, new Map());
  fn = null;
};
for (const line of text.split('\n')) {
  const body = line.trimStart();
  const indent = line.length - body.length;
  if (indent === 1) {
    finishFunction();
    if (body.startsWith('(type ')) {
      types.set(nameAt(body), signatureOf(body.slice(body.indexOf('(func'))));
    } else if (body.startsWith('(import ')) {
      const m = body.match(/^\(import "([^"]*)" "([^"]*)" \(func (.*)$/);
      if (m) imports.set(nameAt(m[3]), `${m[1]}.${m[2]}`);
    } else if (body.startsWith('(elem ')) {
      table.push(...names(body.slice(body.indexOf(')') + 1)));
    } else if (body.startsWith('(func ')) {
      fn = nameAt(body);
      signatures.set(fn, signatureOf(body));
      calls.set(fn, []);
      root = { kind: 'func', body, labels: [], children: [] };
      open = [{ indent: 1, node: root }];
    }
    continue;
  }
  if (fn === null || !body.startsWith('(')) continue;
  while (open[open.length - 1].indent >= indent) open.pop();
  const node = parseNode(body);
  open[open.length - 1].node.children.push(node);
  open.push({ indent, node });
}
finishFunction();

// Functions that may reach a suspending import.
const tableBySignature = new Map();
for (const f of table) {
  const sig = signatures.get(f);
  if (!tableBySignature.has(sig)) tableBySignature.set(sig, new Set());
  tableBySignature.get(sig).add(f);
}
const suspending = new Set();
const hotSignatures = new Set();
const mayReach = (call) => call.callee !== undefined
  ? (imports.has(call.callee) && isSuspendingImport(imports.get(call.callee))) || suspending.has(call.callee)
  : hotSignatures.has(call.signature);
for (let changed = true; changed;) {
  changed = false;
  for (const [f, fcalls] of calls) {
    if (suspending.has(f) || removed(f) || barrier(f)) continue;
    if (fcalls.some(mayReach)) {
      suspending.add(f);
      if (tableBySignature.get(signatures.get(f))?.has(f)) hotSignatures.add(signatures.get(f));
      changed = true;
    }
  }
}

if (catchBodies === 0 && /^\s*\(try\b/m.test(text)) {
  console.error('catch_body_check: the module has try blocks, but no catch body was read (binaryen\'s text format changed?)');
  process.exit(2);
}
const found = [...hazards.values()].filter((h) => mayReach(h.call));
if (found.length) {
  console.error(`catch_body_check: ${found.length} call(s) that may suspend inside a wasm catch body, ` +
    'after its C++ catch clause has ended (binaryen\'s Asyncify cannot suspend there; ' +
    'platform_may_suspend does not see it). Make the code after the catch clause reachable ' +
    'without the handler too, or move it out of the function:');
  for (const h of found) console.error(`  in ${h.fn}: calls ${h.call.callee ?? 'call_indirect ' + h.call.signature}`);
  process.exit(1);
}
const unguarded = [...calls.keys()].filter((f) => barrier(f) && !calls.get(f).some((c) => c.callee === GUARD));
if (unguarded.length) {
  console.error(`catch_body_check: ${unguarded.length} barrier function(s) that do not hold a NoSuspension:`);
  for (const f of unguarded) console.error(`  ${f}`);
  process.exit(1);
}
// binaryen's list: one name a line (its own names, without the text format's escapes).
const unescape = (name) => name.replace(/\\([0-9a-fA-F]{2}|.)/g, (m, c) => (c.length === 2 ? String.fromCharCode(parseInt(c, 16)) : c));
if (onlyOut) writeFileSync(onlyOut, [...suspending].map(unescape).join('\n') + '\n');
console.log(`catch_body_check: ${calls.size} functions, ${suspending.size} may suspend, ${catchBodies} catch bodies, ` +
  `${hazards.size} call(s) after a catch clause inside a catch body, none may suspend`);
