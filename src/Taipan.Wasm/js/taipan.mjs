// Entry of Taipan's browser-wasm build (issue 3 item 10: the smoke-test surface; the Pyodide-compatible
// API of issue 7 grows from here). Loads the .NET runtime and returns an object that runs Python code.
import { dotnet } from './_framework/dotnet.js';

/**
 * @param {object} [options]
 * @param {(text: string) => void} [options.stdout]  receives text written to sys.stdout
 * @param {(text: string) => void} [options.stderr]  receives text written to sys.stderr
 * @param {(path: string) => Uint8Array|null} [options.readFile]  synchronous reader for files not added with addFile
 * @param {(path: string) => number} [options.fileKind]  0 = missing, 1 = file, 2 = directory
 * @param {(path: string) => string[]} [options.listDirectory]
 */
export async function loadTaipan(options = {}) {
  const stdout = options.stdout ?? ((t) => globalThis.process ? process.stdout.write(t) : console.log(t));
  const stderr = options.stderr ?? ((t) => globalThis.process ? process.stderr.write(t) : console.error(t));
  const runtime = await dotnet.create();
  runtime.setModuleImports('taipan-host', {
    write: (fd, text) => (fd === 2 ? stderr : stdout)(text),
    readFile: (path) => (options.readFile ? options.readFile(path) : null),
    fileKind: (path) => (options.fileKind ? options.fileKind(path) : 0),
    listDirectory: (path) => (options.listDirectory ? options.listDirectory(path).join('\n') : ''),
  });
  const exports = (await runtime.getAssemblyExports('Taipan.Wasm')).Taipan.Wasm.WasmExports;
  return {
    /** Runs Python source as __main__; returns the exit status (0 on success, 1 on an uncaught exception). */
    runPython: (code) => exports.RunPython(code),
    /** Adds a file to the in-memory file system. */
    addFile: (path, bytes) => exports.AddFile(path, bytes),
    setEnv: (name, value) => exports.SetEnvironment(name, value),
  };
}
