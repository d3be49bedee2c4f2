// How the CLI loads its units (dist/cli/*.cjs), with a V8 code cache.
// Each unit is written by the build as one function expression, `(function (exports, require, module, __filename,
// __dirname) { … })`: the wrapper Node would put around a CommonJS file. Compiled as it is, the file needs no second
// copy of its text with the wrapper around it (the copy was 0.5 MB of young garbage on a compose run, and the time to
// make it); Node's own loader cannot load such a file, so every version of Node loads the units through this one.
// Compiling the lint units is a good part of a `stevedore lint` run; V8 can skip it when handed the code
// it produced last time. The cache is written at exit, after the run, so it holds every function the run
// compiled (a cache taken right after loading, as v8-compile-cache takes it, holds the top level only and
// saves nothing measurable here).
// Safety: the cache lives in the user's own cache folder (mode 0700), is keyed by file size, mtime, Node
// version and architecture, and V8 itself rejects data made for another source or V8 build. Any failure
// falls back to compiling without it; STEVEDORE_NO_CODE_CACHE=1 turns it off. Only runs without Node or V8 flags write it.
import { isAscii } from 'node:buffer';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';

interface CjsModule {
  exports: unknown;
  filename: string;
}
type Loader = (module: CjsModule, filename: string) => void;
type ModuleStatics = { _extensions: Record<string, Loader> };

/** `$XDG_CACHE_HOME/stevedore/cli-code` (default `~/.cache/…`), or undefined when turned off. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.STEVEDORE_NO_CODE_CACHE === '1') return undefined;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'stevedore', 'cli-code');
}

function cacheKey(file: string): string {
  const st = statSync(file);
  return `${basename(file)}-${st.size}-${Math.trunc(st.mtimeMs)}-${process.version}-${process.arch}.v8`;
}

type Wrapper = (e: unknown, r: NodeJS.Require, m: CjsModule, f: string, d: string) => void;

// Every unit's text and cached code is read into this one buffer, grown as needed: fresh memory is costly to touch
// (on some machines a page fault costs 10 µs), and readFileSync would take new memory for each file, growing
// its buffer 8 KB at a time for a text. The text is copied into a string and V8 has consumed the cached code by
// the time `new Script` returns, so the next file can reuse the buffer.
let scratch = Buffer.alloc(0);
function readBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    // 1 MB at least, enough for every unit and its code: pages are only taken once touched
    if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 2 * scratch.length, 1 << 20));
    let n = 0;
    for (let r; n < size && (r = readSync(fd, scratch, n, size - n, n)) > 0;) n += r;
    return scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
/** The text of a file: ASCII (as esbuild writes) is copied as it is, anything else decoded as UTF-8. */
function readText(file: string): string {
  const bytes = readBytes(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Loads the `.cjs` files under `unitsDir` (function expressions, see above) through vm.Script, with cached data
 * from `cacheDir` when given; other files load as usual.
 */
export function installUnitLoader(unitsDir: string, cacheDir: string | undefined): void {
  const statics = Module as unknown as ModuleStatics;
  const fallback = statics._extensions['.cjs'] ?? statics._extensions['.js']!;
  const prefix = unitsDir.endsWith(sep) ? unitsDir : unitsDir + sep;
  const pending: { script: Script; file: string; key: string }[] = [];

  statics._extensions['.cjs'] = function load(module: CjsModule, filename: string) {
    if (!filename.startsWith(prefix)) return fallback(module, filename);
    const source = readText(filename);
    let script: Script | undefined;
    if (cacheDir) {
      try {
        const key = cacheKey(filename);
        let cachedData: Buffer | undefined;
        try {
          cachedData = readBytes(join(cacheDir, key));
        } catch {
          /* first run */
        }
        script = new Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
        if (!cachedData || script.cachedDataRejected) pending.push({ script, file: filename, key });
      } catch {
        /* compiled below, without the cache */
      }
    }
    script ??= new Script(source, { filename });
    const fn = script.runInThisContext() as Wrapper;
    if (typeof fn !== 'function')
      throw new Error(`${filename} is not a Stevedore CLI unit (rebuild with scripts/build.mjs)`);
    fn.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  };

  // Written by plain runs only: code compiled under --cpu-prof (or other V8 flags) passes V8's check on cached data
  // and made every later run 30 ms slower. Such runs still read the cache.
  const plainRun = process.execArgv.length === 0 && !process.env.NODE_OPTIONS?.trim();
  process.once('exit', () => {
    if (pending.length === 0 || !plainRun || !cacheDir) return;
    try {
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      const existing = readdirSync(cacheDir);
      for (const { script, file, key } of pending) {
        const tmp = join(cacheDir, `.${key}.${process.pid}`);
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, join(cacheDir, key));
        // older builds of the same file
        for (const f of existing)
          if (f !== key && f.startsWith(`${basename(file)}-`)) rmSync(join(cacheDir, f), { force: true });
      }
    } catch {
      /* a read-only home: no cache, same results */
    }
  });
}
