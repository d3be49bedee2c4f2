// Drives generated documents through the real language server (dist/server.js over stdio, the real protocol)
// and the real CLI (dist/cli.js lint -f json), and counts what must never happen: a process exit, an error
// response, a "lint failed" log, a request without an answer (hang), a CLI exit other than 0/1 or invalid JSON.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, prng, seeds } from './generate.mjs';
import { summary } from './report.mjs';
import { Server } from './server.mjs';

export { SERVER_EXEC_ARGV, Server } from './server.mjs';
export { summary } from './report.mjs';

const METHODS = [
  'textDocument/completion',
  'textDocument/hover',
  'textDocument/signatureHelp',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/formatting',
  'textDocument/rangeFormatting',
  'textDocument/onTypeFormatting',
  'textDocument/prepareRename',
  'textDocument/rename',
  'textDocument/documentHighlight',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentLink',
  'textDocument/semanticTokens/full',
  'textDocument/codeAction',
];

/** A folder whose `.env`, `.dockerignore`, `compose.override.yaml` and `.hadolint.yaml` are symlinks to /dev/zero. */
function hostileDir(parent) {
  const dir = join(parent, 'hostile');
  mkdirSync(dir, { recursive: true });
  for (const f of ['.env', '.dockerignore', 'compose.override.yaml', '.hadolint.yaml', 'Dockerfile.dockerignore'])
    symlinkSync('/dev/zero', join(dir, f));
  return dir;
}

const withTimeout = (p, ms, what) =>
  new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer in ${ms} ms: ${what}`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });

function positions(text, rnd, n) {
  const lines = text.split(/\r\n|\r|\n/);
  return Array.from({ length: n }, () => {
    const line = Math.floor(rnd() * lines.length);
    return { line, character: Math.floor(rnd() * ((lines[line]?.length ?? 0) + 2)) };
  });
}

function paramsFor(method, uri, pos, diagnostics, lineCount) {
  const textDocument = { uri };
  const options = { tabSize: 4, insertSpaces: true };
  switch (method) {
    case 'textDocument/formatting':
      return { textDocument, options };
    case 'textDocument/rangeFormatting':
      return { textDocument, options, range: { start: { line: 0, character: 0 }, end: pos } };
    case 'textDocument/onTypeFormatting':
      return { textDocument, options, position: pos, ch: '\\' };
    case 'textDocument/rename':
      return { textDocument, position: pos, newName: 'renamed' };
    case 'textDocument/references':
      return { textDocument, position: pos, context: { includeDeclaration: true } };
    case 'textDocument/documentSymbol':
    case 'textDocument/foldingRange':
    case 'textDocument/documentLink':
    case 'textDocument/semanticTokens/full':
      return { textDocument };
    case 'textDocument/codeAction':
      // the whole document at once: every diagnostic in the request, as a select-all light bulb sends it
      return {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } },
        context: { diagnostics },
      };
    default:
      return { textDocument, position: pos };
  }
}

/**
 * Runs `count` documents per family through the server, `cliEvery`-th of them also through the CLI (in batches).
 * Returns the report; `log` gets progress lines. `shard` {index, of}: only the documents whose number is `index`
 * modulo `of` (parallel runs split the work so; together they make the same documents as one run). `only`
 * {family, minBytes, maxBytes}: only those documents (the others are generated, not run: the numbering stays).
 * `serverArgv`: more node flags for the server (e.g. `--cpu-prof`).
 */
export async function fuzz({
  root,
  serverPath = join(root, 'dist/server.js'),
  cliPath = join(root, 'dist/cli.js'),
  count = 300,
  seed = 1,
  sizes = 'normal',
  hangMs = 30_000,
  cliBatch = 25,
  log = () => undefined,
  deadline = Infinity,
  shard = { index: 0, of: 1 },
  only = {},
  serverArgv = [],
}) {
  const wanted = (family, text) =>
    (!only.family || only.family === family) &&
    text.length >= (only.minBytes ?? 0) &&
    text.length <= (only.maxBytes ?? Infinity);
  const pool = seeds(root);
  const work = mkdtempSync(join(tmpdir(), 'stevedore-fuzz-'));
  const dirs = [join(work, 'clean'), hostileDir(work)];
  mkdirSync(dirs[0], { recursive: true });
  const report = {
    documents: 0,
    requests: 0,
    exits: [],
    errorResponses: [],
    lintFailures: [],
    hangs: [],
    slow: [],
    timings: [],
    maxRssKb: 0,
    /** documents after which the server's peak RSS rose by more than 8 MB: where memory goes */
    rssJumps: [],
    stoppedEarly: false,
    cli: { runs: 0, files: 0, badExit: [], badJson: [], checkFailed: [], slowestMs: 0 },
  };
  let server = new Server(serverPath, report, work, serverArgv);
  await server.start();
  const restart = async () => {
    report.maxRssKb = Math.max(report.maxRssKb, server.rssKb());
    server.stop();
    server = new Server(serverPath, report, work, serverArgv);
    await server.start();
  };
  const cliQueue = [];
  const flushCli = () => {
    if (!cliQueue.length) return;
    const batch = join(work, `cli-${report.cli.runs}`);
    mkdirSync(batch);
    const hostile = report.cli.runs % 2 === 1;
    if (hostile) for (const f of ['.env', '.dockerignore']) symlinkSync('/dev/zero', join(batch, f));
    for (const d of cliQueue.splice(0)) writeFileSync(join(batch, d.name), d.text);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cliPath, 'lint', '--offline', '-f', 'json', batch], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      timeout: hangMs * 4,
    });
    const ms = performance.now() - t0;
    report.cli.runs++;
    report.cli.slowestMs = Math.max(report.cli.slowestMs, ms);
    if (r.status !== 0 && r.status !== 1)
      report.cli.badExit.push({ batch, status: r.status, signal: r.signal, stderr: String(r.stderr).slice(0, 500) });
    else
      try {
        const findings = JSON.parse(r.stdout);
        if (!Array.isArray(findings)) throw new Error('not an array');
        for (const f of findings)
          if (f.rule === 'check-failed') report.cli.checkFailed.push({ file: f.file, message: f.message });
        report.cli.files += new Set(findings.map((f) => f.file)).size;
      } catch (e) {
        report.cli.badJson.push({ batch, error: String(e), head: String(r.stdout).slice(0, 200) });
      }
  };

  let done = 0;
  for (let i = shard.index; i < count; i += shard.of) {
    for (const family of ['dockerfile', 'compose']) {
      const doc = generate(family, seed, i, pool, sizes);
      if (!wanted(family, doc.text)) continue;
      const rnd = prng(seed * 31 + i * 2 + (family === 'compose' ? 1 : 0));
      const dir = dirs[i % 2];
      const name = family === 'dockerfile' ? 'Dockerfile' : 'compose.yaml';
      const uri = pathToFileURL(join(dir, name)).toString();
      const version = report.documents + 1;
      const label = `${family} #${i} seed ${seed} (${doc.kind}, ${doc.text.length} B)`;
      server.current = label;
      report.documents++;
      const diagnosticsP = new Promise((resolve) => server.waiters.set(uri, { version, resolve }));
      const t0 = performance.now();
      const c0 = server.cpuMs();
      await server.conn.sendNotification('textDocument/didOpen', {
        textDocument: {
          uri,
          languageId: family === 'dockerfile' ? 'dockerfile' : 'dockercompose',
          version,
          text: doc.text,
        },
      });
      let diagnostics = [];
      try {
        diagnostics = await withTimeout(diagnosticsP, hangMs, `diagnostics for ${label}`);
        const ms = performance.now() - t0;
        report.timings.push({ family, bytes: doc.text.length, method: 'diagnostics', ms, cpuMs: server.cpuMs() - c0 });
      } catch (e) {
        report.hangs.push({ doc: label, what: String(e.message) });
      }
      const lineCount = doc.text.split(/\r\n|\r|\n/).length;
      const methods = Array.from(
        { length: 4 + Math.floor(rnd() * 5) },
        () => METHODS[Math.floor(rnd() * METHODS.length)],
      );
      if (doc.kind === 'many-findings' || doc.kind === 'large')
        methods.push('textDocument/codeAction', 'textDocument/semanticTokens/full');
      const pos = positions(doc.text, rnd, methods.length);
      for (let k = 0; k < methods.length && !server.exited; k++) {
        const method = methods[k];
        const s = performance.now();
        const c = server.cpuMs();
        report.requests++;
        try {
          await withTimeout(
            server.conn.sendRequest(method, paramsFor(method, uri, pos[k], diagnostics, lineCount)),
            hangMs,
            `${method} on ${label}`,
          );
        } catch (e) {
          if (/no answer/.test(e.message)) report.hangs.push({ doc: label, what: e.message });
          else report.errorResponses.push({ doc: label, method, error: String(e.message).slice(0, 300) });
        }
        const ms = performance.now() - s;
        report.timings.push({ family, bytes: doc.text.length, method, ms, cpuMs: server.cpuMs() - c });
      }
      if (!server.exited) await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const hwm = server.rssKb();
      if (hwm > report.maxRssKb + 8192)
        report.rssJumps.push({ doc: label, fromMB: report.maxRssKb >> 10, toMB: hwm >> 10 });
      report.maxRssKb = Math.max(report.maxRssKb, hwm);
      if (server.exited || report.hangs.some((h) => h.doc === label)) await restart();
      if (i % (sizes === 'test' ? 10 : 5) === 0 || doc.kind !== 'mutated')
        cliQueue.push({ name: family === 'dockerfile' ? `Dockerfile.${i}` : `compose.${i}.yaml`, text: doc.text });
    }
    if (cliQueue.length >= cliBatch) flushCli();
    if (++done % 50 === 0) log(`${i + 1}/${count} documents per family ${JSON.stringify(summary(report))}`);
    if (Date.now() > deadline) {
      report.stoppedEarly = true;
      log(`time budget spent after ${i + 1}/${count} documents per family`);
      break;
    }
  }
  flushCli();
  report.maxRssKb = Math.max(report.maxRssKb, server.rssKb());
  await server.close();
  rmSync(work, { recursive: true, force: true });
  return report;
}
