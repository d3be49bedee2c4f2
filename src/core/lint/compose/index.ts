// Compose lint entry: validate(doc, settings, facts) → Diagnostic[], shared by the language server and the CLI.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { modelFor } from '../../compose/documentModel';
import type { ComposeModel } from '../../compose/model';
import { nodeHost, projectInfo, type ComposeHost, type ProjectInfo } from '../../compose/project';
import { notices } from '../notices';
import { severityResolver, toDiagnostic } from '../rule';
import type { EngineFacts, Finding, LintSettings, Severity } from '../types';
import { sourceOffsets, type At, type ComposeContext, type ComposeRule } from './context';
import { composeRules } from './rules';

export interface ComposeLintOptions {
  /** file access and environment (default: the real file system and process.env) */
  host?: ComposeHost;
  /** `--env-file`s (default: settings.composeEnvFiles, else `.env` beside the file) */
  envFiles?: string[];
  /** 'fast': skip engine checks; 'engine': only engine checks; default both */
  phase?: 'all' | 'fast' | 'engine';
}

export async function validate(
  doc: TextDocument,
  settings: LintSettings,
  facts?: EngineFacts,
  options: ComposeLintOptions = {},
): Promise<Diagnostic[]> {
  const phase = options.phase ?? 'all';
  const run = prepare(doc, settings, facts, options);
  const out = phase === 'engine' ? [] : run.fast();
  if (phase !== 'fast' && facts && settings.engineChecks) out.push(...(await run.engine()));
  return out;
}

/** Offline findings now; the full list (with engine findings) later, so typing is never held up by the engine. */
export function validateStaged(
  doc: TextDocument,
  settings: LintSettings,
  facts?: EngineFacts,
  options: ComposeLintOptions = {},
): { diagnostics: Diagnostic[]; later?: Promise<Diagnostic[]> } {
  const run = prepare(doc, settings, facts, options);
  const diagnostics = run.fast();
  if (!facts || !settings.engineChecks) return { diagnostics };
  return { diagnostics, later: run.engine().then((more) => sortDiags([...diagnostics, ...more])) };
}

/** Synchronous part of validate (no engine): for benchmarks and callers that publish in two steps. */
export function validateSync(
  doc: TextDocument,
  settings: LintSettings,
  options: ComposeLintOptions = {},
): Diagnostic[] {
  return prepare(doc, settings, undefined, options).fast();
}

export function filePathOf(uri: string): string | undefined {
  if (uri.startsWith('file:'))
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  return uri.startsWith('/') ? uri : undefined;
}

function prepare(
  doc: TextDocument,
  settings: LintSettings,
  facts: EngineFacts | undefined,
  options: ComposeLintOptions,
) {
  const text = doc.getText();
  const model: ComposeModel = modelFor(doc);
  const unread = new Map<string, string>();
  const host =
    options.host ??
    nodeHost(process.env, {
      onSkip: (f, why) => unread.set(f, why),
      ...(settings.readWithin ? { within: settings.readWithin } : {}),
    });
  const project: ProjectInfo = projectInfo(
    filePathOf(doc.uri),
    model,
    host,
    options.envFiles ?? settings.composeEnvFiles,
  );
  const resolve = severityResolver(settings);
  const active = composeRules
    .map((rule) => ({ rule, severity: resolve(rule).severity }))
    .filter((r) => r.severity !== 'off');
  const runRule = (rule: ComposeRule, severity: Severity, withFacts: boolean) => {
    const findings: Finding[] = [];
    const ctx: ComposeContext = {
      model,
      document: doc,
      settings,
      project,
      ...(withFacts && facts ? { facts } : {}),
      offsets: (at) => offsetsOf(text, at),
      range: (at) => {
        const [s, e] = offsetsOf(text, at);
        return { start: doc.positionAt(s), end: doc.positionAt(e) };
      },
      report: (f) => findings.push(f),
    };
    return { listeners: rule.create(ctx), findings, rule, severity };
  };
  const toDiags = (rs: { findings: Finding[]; rule: ComposeRule; severity: Severity }[]) =>
    rs.flatMap(({ findings, rule, severity }) =>
      findings.flatMap((f) => {
        const sev = f.severity ?? severity;
        return sev === 'off' || severity === 'off' ? [] : [toDiagnostic(rule, f, sev)];
      }),
    );
  return {
    fast(): Diagnostic[] {
      const rs = active.map(({ rule, severity }) => runRule(rule, severity, false));
      for (const r of rs) {
        try {
          r.listeners.check?.();
        } catch (e) {
          reportCrash(r.rule, e);
        }
      }
      const out = toDiags(rs);
      for (const [f, why] of unread) out.push(notices.fileNotRead(f, why));
      return sortDiags(out);
    },
    async engine(): Promise<Diagnostic[]> {
      const rs = active.map(({ rule, severity }) => runRule(rule, severity, true)).filter((r) => r.listeners.engine);
      await Promise.all(rs.map((r) => r.listeners.engine?.().catch((e: unknown) => reportCrash(r.rule, e))));
      return sortDiags(toDiags(rs));
    },
  };
}

function offsetsOf(text: string, at: At): [number, number] {
  if (Array.isArray(at)) return at;
  return 'node' in at ? sourceOffsets(text, at.node, at.sub) : sourceOffsets(text, at);
}

function sortDiags(d: Diagnostic[]): Diagnostic[] {
  return d.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

// A broken rule must not take the others down; keep the reason visible on stderr (server log / CLI).
function reportCrash(rule: ComposeRule, e: unknown): void {
  process.stderr.write(
    `stevedore: compose rule ${rule.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
}

export { composeRules };
