// Shared shape of a lint rule, for both families (dockerfile/, compose/). Rules return LSP values
// (vscode-languageserver-types), so the server forwards them as they are and the CLI prints them.
import type { Diagnostic, DiagnosticTag, Range, TextEdit } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'info' | 'style' | 'off';

export interface RuleDocs {
  /** one line */
  description: string;
  /** longer explanation with a good/bad example (markdown) */
  details?: string;
  /** docs page (docs/rules.md#<id> or the upstream page) */
  url: string;
}

/** Facts about the live engine, passed in; rules never import the engine. All optional: offline = undefined. */
export interface EngineFacts {
  /** Resolve to undefined when unknown (engine unreachable / slow): rules then stay silent. */
  imagePresent?(ref: string): Promise<boolean | undefined>;
  /** the engine's image names with their tags (`nginx:1.27`, `localhost:5000/app:dev`), sorted; for completion */
  localImages?(): Promise<string[] | undefined>;
  imagePlatforms?(ref: string): Promise<{ os: string; architecture: string; variant?: string }[] | undefined>;
  engineArchitecture?(): Promise<{ os: string; architecture: string } | undefined>;
  networkExists?(name: string): Promise<boolean | undefined>;
  volume?(name: string): Promise<{ driver: string } | null | undefined>;
  /** who publishes this host port on the engine (running containers), one entry per binding with its host IP */
  portPublishedBy?(
    port: number,
    protocol: string,
  ): Promise<{ container: string; project?: string; hostIp?: string }[] | undefined>;
  containerNamed?(name: string): Promise<{ id: string; project?: string } | null | undefined>;
  /** the compose CLI that runs compose files here (docker compose v2, else docker-compose) */
  composeCli?(): Promise<{ version: string; v2: boolean } | undefined>;
  /** the engine's swarm role and its nodes' labels; `manager: false` when it is not a swarm manager */
  swarm?(): Promise<{ manager: boolean; nodeLabels: Record<string, string>[] } | undefined>;
}

export interface Finding {
  range: Range;
  message: string;
  /** overrides the rule's default severity for this finding */
  severity?: Severity;
  tags?: DiagnosticTag[];
  /** certain fix: edits computed at report time */
  fix?: { title: string; edits: TextEdit[] };
  /** editor commands offered as code actions (e.g. pull the missing image) */
  commands?: DiagnosticCommand[];
}

/** A VS Code command offered for a diagnostic; arguments must be JSON. */
export interface DiagnosticCommand {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface RuleMeta<Id extends string = string> {
  id: Id;
  /** hadolint DL code and/or BuildKit check name */
  aliases: string[];
  docs: RuleDocs;
  severity: Severity;
  tags?: string[];
  fixable?: boolean;
}

export type { Diagnostic, Range, TextEdit };

/** Effective lint configuration (settings, .hadolint.yaml, CLI flags merged by the caller). */
export interface LintSettings {
  /** per-rule severity override, keyed by rule id or alias */
  rules: Record<string, Severity>;
  /** rule ids or aliases to skip */
  ignore: string[];
  /** false: skip engine-aware checks */
  engineChecks: boolean;
  trustedRegistries?: string[];
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
  /** compose: absolute paths of the env files to interpolate with (`--env-file`, `stevedore.compose.envFile`) */
  composeEnvFiles?: string[];
  /** untrusted workspace: other files (`.env`, included files, ignore files) are read only inside these folders */
  readWithin?: string[];
  /**
   * Dockerfile: the build arguments of the build being linted for (`--build-arg`). `BUILDKIT_DOCKERFILE_CHECK`
   * replaces the file's `# check=` directive, as BuildKit does; other values, like BuildKit's checks, are not read
   * (InvalidDefaultArgInFrom judges the defaults as if no argument were given).
   */
  buildArgs?: Record<string, string>;
  /** Dockerfile: the build's context folder when known (the build form); else the Dockerfile's own folder */
  buildContext?: string;
}

export const DEFAULT_LINT_SETTINGS: LintSettings = { rules: {}, ignore: [], engineChecks: true };

/** Our diagnostics: code = rule id, source = DIAGNOSTIC_SOURCE, data carries aliases and the certain fix. */
export const DIAGNOSTIC_SOURCE = 'stevedore';
export interface DiagnosticData {
  aliases: string[];
  fix?: { title: string; edits: TextEdit[] };
  commands?: DiagnosticCommand[];
}
