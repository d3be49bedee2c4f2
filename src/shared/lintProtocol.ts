// What the language client and the language server agree on: settings keys, commands and custom messages.
/** Configuration sections the server reads (workspace/configuration, scoped to the document). */
export const LINT_SECTION = 'stevedore.lint';
export const ENGINE_SECTION = 'stevedore.engine';

/** Shape of `stevedore.lint.*` as contributed in package.json. */
export interface LintUserSettings {
  enable?: boolean;
  /** `stevedore.lint.rules.<id>`: off | style | info | warning | error (by rule id or alias) */
  rules?: Record<string, string>;
  ignore?: string[];
  engineChecks?: boolean;
  trustedRegistries?: string[];
  /** read .hadolint.yaml (from the file's directory upwards) */
  hadolintConfig?: boolean;
  debounceMs?: number;
}

/** Configuration section of the compose settings the server reads too. */
export const COMPOSE_SECTION = 'stevedore.compose';

/** Shape of `stevedore.compose.*` as contributed in package.json. */
export interface ComposeUserSettings {
  /** env file(s) for interpolation instead of `.env`, relative to the workspace folder */
  envFile?: string | string[];
}

export interface EngineUserSettings {
  host?: string;
  context?: string;
}

/** Client commands the server's code actions invoke. */
export const PULL_IMAGE_COMMAND = 'stevedore.lint.pullImage' as const;
export const OPEN_RULE_DOCS_COMMAND = 'stevedore.lint.openRuleDocs' as const;

/** Client → server notification: the window's engine changed (context switch, engine restarted): drop cached facts. */
export const ENGINE_CHANGED_METHOD = 'stevedore/engineChanged';
export interface EngineChangedParams {
  host?: string;
  context?: string;
}

export const CODE_ACTION_FIX_ALL = 'source.fixAll.stevedore';

/** Client → server: the workspace's trust. Untrusted, the server reads other files only inside the workspace. */
export const WORKSPACE_TRUST_METHOD = 'stevedore/workspaceTrust';
export interface WorkspaceTrustParams {
  trusted: boolean;
}

/**
 * Client → server: the build each Dockerfile was last built with (its remembered build form), so the lint sees the
 * same inputs: the build arguments (BUILDKIT_DOCKERFILE_CHECK) and the context folder (its .dockerignore).
 */
export const BUILD_FORMS_METHOD = 'stevedore/buildForms';
export interface BuildFormsParams {
  forms: { dockerfile: string; contextDir: string; buildArgs: Record<string, string> }[];
}
/** Client command the build flow runs after saving a form: the client sends BUILD_FORMS_METHOD again. */
export const BUILD_FORMS_CHANGED_COMMAND = 'stevedore.lint.buildFormsChanged' as const;
