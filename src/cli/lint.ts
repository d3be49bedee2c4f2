// `stevedore lint`: the editor's rules on files, directories or stdin, for humans and CI.
import { statSync } from 'node:fs';
import { failureReason } from '../core/lint/guard';
import { notices } from '../core/lint/notices';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FAMILY_IDS, loadFamily, type FamilyId } from '../core/lint';
import {
  FAILURE_THRESHOLDS,
  findHadolintConfig,
  loadHadolintConfig,
  mergeHadolintConfig,
  type FailureThreshold,
  type HadolintConfig,
} from '../core/lint/config';
import { fromLspSeverity, isSeverity, messageText, ruleMatches, SEVERITIES, severityRank } from '../core/lint/rule';
import { listsFor, type FactList } from '../core/lint/factLists';
import {
  DEFAULT_LINT_SETTINGS,
  type DiagnosticData,
  type EngineFacts,
  type LintSettings,
  type RuleMeta,
  type Severity,
} from '../core/lint/types';
import {
  FORMATS,
  formatCheckstyle,
  formatJson,
  formatSarif,
  formatStylish,
  type Format,
  type JsonFinding,
} from './lintFormat';
import { readInputs, UsageError, type Input } from './lintInputs';
import { parseBuildArgs } from './lintFlags';

const USAGE = `usage: stevedore lint [options] PATH… | -

Lints Dockerfiles and compose files with the same rules as the editor. PATH may be a file (a .yml/.yaml file
is a compose file), a directory (searched for Dockerfile*, *.dockerfile, Containerfile* and compose files by
name) or - for stdin.

options:
  -f, --format FORMAT            stylish (default), json, sarif, checkstyle
  -c, --config FILE              hadolint-style config (.hadolint.yaml); default: looked up from each file
      --ignore RULE              skip a rule by id or alias (repeatable), e.g. --ignore DL3008
      --rule ID=SEVERITY         set a rule's severity by id or alias (repeatable): off, style, info, warning,
                                 error; e.g. --rule image-latest-tag=error --rule DL3008=off
      --env-file FILE            compose: interpolate with this env file instead of .env (repeatable, later wins)
      --build-arg KEY[=VALUE]    Dockerfile: a build argument (repeatable); BUILDKIT_DOCKERFILE_CHECK replaces # check=
  -t, --failure-threshold LEVEL  error | warning | info (default) | style | none
      --offline                  skip the checks that ask the Docker engine
      --stdin-filename NAME      name for stdin (decides Dockerfile vs compose; default Dockerfile)
  -h, --help

exit status: 0 no findings at or above the threshold, 1 findings, 2 usage or I/O error
`;

/** A turn of the event loop: connections started before it get their requests out, replies in. */
const engineTurn = () => new Promise<void>((r) => setImmediate(r));

/**
 * Engine facts whose engine connects, and starts fetching `lists`, while the lint units load and the offline
 * rules run: the caller gives the event loop a turn (engineTurn) between those steps.
 */
function engineFacts(lists: readonly FactList[]): { facts: EngineFacts; dispose(): void } {
  let engine: { dispose(): void } | undefined;
  const ready = (async () => {
    try {
      const { resolveEndpoint, syncFs } = await import('./endpointLink.js');
      // endpoint files read synchronously: the connection starts before the lint, not after it
      const endpoint = await resolveEndpoint({ fs: syncFs });
      // no socket there (CI without Docker): no engine checks, and no HTTP client loaded to find that out
      if (
        endpoint.host.startsWith('unix://') &&
        !statSync(endpoint.host.slice('unix://'.length) || '/var/run/docker.sock', { throwIfNoEntry: false })
      )
        return undefined;
      const { createEngine, createEngineFacts, detectComposeCli } = await import('./engineLink.js');
      const e = createEngine(endpoint);
      engine = e;
      const facts = createEngineFacts(e, { timeoutMs: 1000, detectComposeCli: () => detectComposeCli() });
      facts.prefetch(lists);
      return facts;
    } catch {
      return undefined;
    }
  })();
  const facts: EngineFacts = {
    imagePresent: async (ref) => (await ready)?.imagePresent?.(ref),
    imagePlatforms: async (ref) => (await ready)?.imagePlatforms?.(ref),
    engineArchitecture: async () => (await ready)?.engineArchitecture?.(),
    networkExists: async (name) => (await ready)?.networkExists?.(name),
    volume: async (name) => (await ready)?.volume?.(name),
    portPublishedBy: async (port, protocol) => (await ready)?.portPublishedBy?.(port, protocol),
    containerNamed: async (name) => (await ready)?.containerNamed?.(name),
  };
  return {
    facts,
    dispose: () => {
      void ready.then(() => engine?.dispose());
    },
  };
}

export async function runLintCommand(
  args: string[],
  io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
  },
): Promise<number> {
  let values: {
    format?: string;
    config?: string;
    ignore?: string[];
    rule?: string[];
    'env-file'?: string[];
    'build-arg'?: string[];
    'failure-threshold'?: string;
    offline?: boolean;
    'stdin-filename'?: string;
    help?: boolean;
  };
  const ruleSeverities: Record<string, Severity> = {};
  let positionals: string[];
  let buildArgs: Record<string, string>;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        ignore: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        'env-file': { type: 'string', multiple: true },
        'build-arg': { type: 'string', multiple: true },
        'failure-threshold': { type: 'string', short: 't' },
        offline: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no PATH given (use - for stdin)');
    if (values.format && !(FORMATS as readonly string[]).includes(values.format))
      throw new UsageError(`unknown format '${values.format}' (${FORMATS.join(', ')})`);
    if (
      values['failure-threshold'] &&
      !(FAILURE_THRESHOLDS as readonly string[]).includes(values['failure-threshold'])
    ) {
      throw new UsageError(
        `unknown failure threshold '${values['failure-threshold']}' (${FAILURE_THRESHOLDS.join(', ')})`,
      );
    }
    if (values.rule?.length) Object.assign(ruleSeverities, await parseRuleFlags(values.rule));
    buildArgs = parseBuildArgs(values['build-arg'] ?? []);
  } catch (e) {
    io.err(`stevedore lint: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const format = (values.format ?? 'stylish') as Format;

  let explicitConfig: HadolintConfig | undefined;
  if (values.config) {
    try {
      const r = await loadHadolintConfig(values.config);
      for (const e of r.errors) io.err(`stevedore lint: ${e}\n`);
      explicitConfig = r.config;
    } catch (e) {
      io.err(`stevedore lint: cannot read config ${values.config}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }

  let inputs: Input[];
  try {
    inputs = readInputs(positionals, values['stdin-filename']);
  } catch (e) {
    io.err(`stevedore lint: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }

  const engine: { facts?: EngineFacts; dispose(): void } = values.offline
    ? { dispose: () => undefined }
    : engineFacts([...new Set(inputs.flatMap((i) => listsFor(i.family, i.text)))]);
  if (engine.facts) await engineTurn();
  const envFiles = (values['env-file'] ?? []).map((f) => resolve(f));
  const base: LintSettings = {
    ...DEFAULT_LINT_SETTINGS,
    rules: ruleSeverities,
    ignore: values.ignore ?? [],
    engineChecks: !values.offline,
    ...(envFiles.length ? { composeEnvFiles: envFiles } : {}),
    ...(Object.keys(buildArgs).length ? { buildArgs } : {}),
  };
  const configCache = new Map<string, HadolintConfig | undefined>();
  let threshold: FailureThreshold | undefined = values['failure-threshold'] as FailureThreshold | undefined;
  const findings: JsonFinding[] = [];
  const ruleMetas = new Map<FamilyId, readonly RuleMeta[]>();
  try {
    for (const input of inputs) {
      let config = explicitConfig;
      if (!config) {
        const dir = input.file === '-' ? process.cwd() : dirname(resolve(input.file));
        if (!configCache.has(dir)) {
          const f = findHadolintConfig(dir);
          const r = f
            ? await loadHadolintConfig(f).catch((e: unknown) => ({ config: undefined, errors: [String(e)] }))
            : undefined;
          for (const e of r?.errors ?? []) io.err(`stevedore lint: ${e}\n`);
          configCache.set(dir, r?.config);
        }
        config = configCache.get(dir);
      }
      const settings = config ? mergeHadolintConfig(base, config) : base;
      threshold ??= config?.failureThreshold;
      const id = input.family;
      const family = await loadFamily(id);
      if (engine.facts) await engineTurn();
      ruleMetas.set(id, family.rules);
      const doc = TextDocument.create(input.uri, family.languageId, 1, input.text);
      const diags = input.unread
        ? [notices.fileNotRead(input.file, input.unread)]
        : await family
            .validate(doc, settings, engine.facts)
            .catch((e: unknown) => [notices.checkFailed('This file', failureReason(e))]);
      diags.sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
      );
      for (const d of diags) {
        const data = d.data as DiagnosticData | undefined;
        findings.push({
          file: input.file,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
          rule: String(d.code ?? ''),
          aliases: data?.aliases ?? [],
          severity: fromLspSeverity(d.severity),
          message: messageText(d),
          ...(d.codeDescription?.href ? { url: d.codeDescription.href } : {}),
          ...(data?.fix ? { fixable: true } : {}),
        });
      }
    }
  } finally {
    engine.dispose();
  }

  switch (format) {
    case 'json':
      io.out(formatJson(findings));
      break;
    case 'checkstyle':
      io.out(formatCheckstyle(findings));
      break;
    case 'sarif':
      io.out(formatSarif(findings, [...ruleMetas.values()].flat(), CLI_VERSION, process.cwd()));
      break;
    default:
      io.out(formatStylish(findings, io.isTTY && !process.env.NO_COLOR));
  }
  const limit = severityRank(threshold ?? 'info');
  return findings.some((f) => severityRank(f.severity) >= limit) ? 1 : 0;
}

/** `--rule id=severity`: the id or alias must name a rule of either family. */
async function parseRuleFlags(flags: string[]): Promise<Record<string, Severity>> {
  const known = (await Promise.all(FAMILY_IDS.map((id) => loadFamily(id)))).flatMap((f) => f.rules);
  const out: Record<string, Severity> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const name = eq === -1 ? '' : flag.slice(0, eq).trim();
    const severity =
      eq === -1
        ? ''
        : flag
            .slice(eq + 1)
            .trim()
            .toLowerCase();
    if (!name || !severity) throw new UsageError(`--rule expects ID=SEVERITY, got '${flag}'`);
    if (!isSeverity(severity))
      throw new UsageError(`unknown severity '${severity}' in --rule ${flag} (${SEVERITIES.join(', ')})`);
    if (!known.some((r) => ruleMatches(r, name))) throw new UsageError(`unknown rule '${name}' in --rule ${flag}`);
    out[name] = severity;
  }
  return out;
}

declare const STEVEDORE_VERSION: string | undefined;
const CLI_VERSION = typeof STEVEDORE_VERSION === 'string' ? STEVEDORE_VERSION : '0.1.0';
