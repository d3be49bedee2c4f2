// Wires one LSP connection to core's linters and to dockerfile-language-service's editing features.
import type { Connection, InitializeResult } from 'vscode-languageserver';
import { TextDocuments, TextDocumentSyncKind, type ClientCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver-types';
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { familyFor } from '../core/lint';
import { createEngineFacts, type CachedEngineFacts } from '../core/lint/engine-facts';
import { dirname, sep } from 'node:path';
import { envFilesSetting } from '../core/compose/cli';
import { fileURLToPath } from 'node:url';
import {
  CODE_ACTION_FIX_ALL,
  COMPOSE_SECTION,
  ENGINE_SECTION,
  ENGINE_CHANGED_METHOD,
  type ComposeUserSettings,
  type EngineChangedParams,
  LINT_SECTION,
  type EngineUserSettings,
  type LintUserSettings,
  WORKSPACE_TRUST_METHOD,
  type WorkspaceTrustParams,
  BUILD_FORMS_METHOD,
  type BuildFormsParams,
} from '../shared/lintProtocol';
import { codeActionsFor } from './codeActions';
import { DiagnosticsScheduler } from './diagnostics';
import { clearConfigCache, DEFAULT_DEBOUNCE_MS, toLintSettings } from './settings';
import { registerDockerfileFeatures } from './dockerfileFeatures';
import { withComposeFeatures } from './composeFeatures';
import { detectComposeCli } from '../core/compose/cli';

/** `stevedore.compose.envFile`, relative to the document's workspace folder (else its directory). */
const filePathOf = (uri: string): string | undefined => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};

function composeEnvFiles(compose: ComposeUserSettings, uri: string, folders: string[]): string[] {
  const file = filePathOf(uri);
  if (!compose.envFile || !file) return [];
  const folder = folders
    .filter((f) => file.startsWith(f.endsWith(sep) ? f : f + sep))
    .sort((a, b) => b.length - a.length)[0];
  return envFilesSetting(compose.envFile, folder ?? dirname(file));
}

export interface ServerOptions {
  /** engine facts for tests; default: the engine the settings (or the environment) point at */
  facts?: CachedEngineFacts | null;
}

export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  let hasConfiguration = false;
  const settingsCache = new Map<
    string,
    Promise<{ lint: LintUserSettings; engine: EngineUserSettings; compose: ComposeUserSettings }>
  >();
  let workspaceFolders: string[] = [];
  // a client that says nothing about trust (not VS Code) is trusted; VS Code's says, and tells when it is granted
  let trusted = true;

  const userSettings = (uri: string) => {
    let p = settingsCache.get(uri);
    if (!p) {
      p = hasConfiguration
        ? connection.workspace
            .getConfiguration([
              { scopeUri: uri, section: LINT_SECTION },
              { scopeUri: uri, section: ENGINE_SECTION },
              { scopeUri: uri, section: COMPOSE_SECTION },
            ])
            .then(
              (r: unknown[]) => ({
                lint: (r[0] ?? {}) as LintUserSettings,
                engine: (r[1] ?? {}) as EngineUserSettings,
                compose: (r[2] ?? {}) as ComposeUserSettings,
              }),
              () => ({ lint: {}, engine: {}, compose: {} }),
            )
        : Promise.resolve({ lint: {}, engine: {}, compose: {} });
      settingsCache.set(uri, p);
    }
    return p;
  };

  let facts: CachedEngineFacts | undefined = options.facts ?? undefined;
  // the context picked in this window (engine status bar) wins over the settings, as in the extension
  let windowContext: string | undefined;
  let factsFor: string | undefined;
  const ensureFacts = async (engine: EngineUserSettings) => {
    if (options.facts !== undefined) return;
    const key = JSON.stringify([engine, windowContext]);
    if (factsFor === key) return;
    factsFor = key;
    try {
      // loaded on first use so a server without engine checks never loads dockerode
      const { resolveEndpoint, createEngine } = await import('../core/engine/index.js');
      const endpoint = await resolveEndpoint({
        ...(engine.host ? { setting: engine.host } : {}),
        ...((windowContext ?? engine.context) ? { context: windowContext ?? engine.context } : {}),
      });
      facts = createEngineFacts(createEngine(endpoint), { detectComposeCli: () => detectComposeCli() });
    } catch (e) {
      facts = undefined;
      connection.console.log(`engine checks unavailable: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  /** Dockerfile path → the build it was last built with (context folder, build arguments) */
  let buildForms = new Map<string, BuildFormsParams['forms'][number]>();
  const scheduler = new DiagnosticsScheduler(
    {
      async settingsFor(doc) {
        const { lint, engine, compose } = await userSettings(doc.uri);
        const settings = await toLintSettings(lint, doc.uri);
        const envFiles = composeEnvFiles(compose, doc.uri, workspaceFolders);
        if (envFiles.length && trusted) settings.composeEnvFiles = envFiles;
        if (!trusted) settings.readWithin = workspaceFolders;
        const form = buildForms.get(filePathOf(doc.uri) ?? '');
        if (form) Object.assign(settings, { buildArgs: form.buildArgs, buildContext: form.contextDir });
        if (settings.engineChecks) void ensureFacts(engine);
        return { settings, enabled: lint.enable !== false, debounceMs: lint.debounceMs ?? DEFAULT_DEBOUNCE_MS };
      },
      facts: () => facts,
      publish: (uri, version, diagnostics) => {
        void connection.sendDiagnostics({ uri, ...(version ? { version } : {}), diagnostics });
      },
      log: (m) => connection.console.error(m),
    },
    (uri) => documents.get(uri),
  );

  connection.onInitialize((params): InitializeResult => {
    const caps: ClientCapabilities = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    trusted = (params.initializationOptions as Partial<WorkspaceTrustParams> | undefined)?.trusted !== false;
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []))
      .map((f) => filePathOf(f.uri))
      .filter((f): f is string => !!f);
    service.setCapabilities({
      ...(caps.textDocument?.completion ? { completion: caps.textDocument.completion as never } : {}),
      ...(caps.textDocument?.hover?.contentFormat
        ? { hover: { contentFormat: caps.textDocument.hover.contentFormat } }
        : {}),
      ...(caps.textDocument?.foldingRange
        ? {
            foldingRange: {
              ...(caps.textDocument.foldingRange.lineFoldingOnly !== undefined
                ? { lineFoldingOnly: caps.textDocument.foldingRange.lineFoldingOnly }
                : {}),
              ...(caps.textDocument.foldingRange.rangeLimit !== undefined
                ? { rangeLimit: caps.textDocument.foldingRange.rangeLimit }
                : {}),
            },
          }
        : {}),
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CODE_ACTION_FIX_ALL] },
        completionProvider: { triggerCharacters: ['=', ' ', '$', '-'], resolveProvider: true },
        hoverProvider: true,
        signatureHelpProvider: { triggerCharacters: ['-', '[', ',', ' ', '='] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: '\\', moreTriggerCharacter: ['`'] },
        renameProvider: { prepareProvider: true },
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: true },
        semanticTokensProvider: {
          legend: {
            tokenTypes: [
              'keyword',
              'comment',
              'parameter',
              'property',
              'namespace',
              'class',
              'macro',
              'string',
              'variable',
              'operator',
              'modifier',
            ],
            tokenModifiers: ['declaration', 'definition', 'deprecated'],
          },
          full: true,
        },
      },
    };
  });

  connection.onNotification(
    'workspace/didChangeWorkspaceFolders',
    (p: { event: { added: { uri: string }[]; removed: { uri: string }[] } }) => {
      const removed = new Set(p.event.removed.map((f) => filePathOf(f.uri)));
      workspaceFolders = [
        ...workspaceFolders.filter((f) => !removed.has(f)),
        ...p.event.added.map((f) => filePathOf(f.uri)).filter((f): f is string => !!f),
      ];
      settingsCache.clear();
    },
  );
  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    clearConfigCache();
    for (const d of documents.all()) scheduler.schedule(d, true);
  });
  connection.onDidChangeWatchedFiles(() => {
    // .hadolint.yaml or .dockerignore changed
    clearConfigCache();
    for (const d of documents.all()) scheduler.schedule(d, true);
  });
  connection.onNotification(WORKSPACE_TRUST_METHOD, (p: WorkspaceTrustParams) => {
    trusted = p.trusted;
    clearConfigCache();
    for (const d of documents.all()) scheduler.schedule(d, true);
  });
  connection.onNotification(BUILD_FORMS_METHOD, (p: BuildFormsParams) => {
    const valid = (p.forms ?? []).filter((f) => typeof f?.dockerfile === 'string' && typeof f.contextDir === 'string');
    buildForms = new Map(valid.map((f) => [f.dockerfile, { ...f, buildArgs: { ...f.buildArgs } }]));
    for (const d of documents.all()) scheduler.schedule(d, true);
  });
  connection.onNotification(ENGINE_CHANGED_METHOD, (params: EngineChangedParams) => {
    windowContext = params.context;
    facts?.invalidate();
    factsFor = undefined;
    settingsCache.clear();
    for (const d of documents.all()) scheduler.schedule(d, true);
  });

  documents.onDidOpen((e) => scheduler.schedule(e.document, true));
  documents.onDidChangeContent((e) => scheduler.schedule(e.document));
  documents.onDidClose((e) => scheduler.forget(e.document.uri));

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const all = scheduler.latest.get(doc.uri) ?? [];
    const isDockerfile = familyFor(doc.uri, doc.languageId) === 'dockerfile';
    return codeActionsFor(doc, params.context.diagnostics, all, {
      pragmas: isDockerfile,
      ...(params.context.only ? { only: params.context.only } : {}),
    });
  });

  const currentFacts = () => facts;
  registerDockerfileFeatures(
    withComposeFeatures(connection, documents, currentFacts),
    documents,
    service,
    currentFacts,
  );
  documents.listen(connection);
  connection.listen();
}
