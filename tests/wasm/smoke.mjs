// Smoke test of the browser-wasm build under Node: the core runs a program and imports a stdlib
// module, with the stdlib read lazily from artifacts/stdlib/lib through the host's file callbacks.
// Usage: node tests/wasm/smoke.mjs ARTIFACTS_WASM_DIR STDLIB_DIR
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [wasmDir, stdlibDir] = process.argv.slice(2);
const { loadTaipan } = await import(pathToFileURL(path.join(wasmDir, 'taipan.mjs')).href);

// The stdlib appears inside the wasm file system at /lib/python3.12.
const mount = '/lib/python3.12';
const toHost = (p) => (p === mount || p.startsWith(mount + '/')) ? path.join(stdlibDir, p.slice(mount.length)) : null;

let out = '';
const taipan = await loadTaipan({
  stdout: (t) => { out += t; },
  stderr: (t) => { out += t; },
  readFile: (p) => { const h = toHost(p); return h && fs.existsSync(h) && fs.statSync(h).isFile() ? new Uint8Array(fs.readFileSync(h)) : null; },
  fileKind: (p) => { const h = toHost(p); if (!h || !fs.existsSync(h)) return 0; return fs.statSync(h).isDirectory() ? 2 : 1; },
  listDirectory: (p) => { const h = toHost(p); return h && fs.existsSync(h) ? fs.readdirSync(h) : []; },
});

const cases = [
  ['print(sum(range(10)))', '45\n'],
  ['import colorsys\nprint(colorsys.rgb_to_hls(1.0, 0.5, 0.0))', '(0.08333333333333333, 0.5, 1.0)\n'],
];
let passed = 0, failed = 0;
for (const [code, expected] of cases) {
  out = '';
  let status;
  try { status = taipan.runPython(code); } catch (e) { out += String(e); status = -1; }
  if (status === 0 && out === expected) { passed++; console.log(`ok   ${JSON.stringify(code)}`); }
  else { failed++; console.log(`FAIL ${JSON.stringify(code)}: status ${status}, output ${JSON.stringify(out)}`); }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
