// "Add Docker Files to Workspace": detect the project, ask only what detection left open, write Dockerfile,
// .dockerignore and compose.yaml. An existing file that would change is shown as a diff and overwritten only
// after a confirmation naming it.
import * as vscode from 'vscode';
import { detectProject, serviceName, type ProjectFacts, type ProjectKind } from '../../core/scaffold/detect';
import type { ScaffoldAnswers } from '../../core/scaffold/dockerfiles';
import { scaffoldFiles, type ScaffoldFile } from '../../core/scaffold/files';

const t = vscode.l10n.t;
export const BASE_IMAGE_SETTING = 'stevedore.scaffold.baseImage';
const SCHEME = 'stevedore-scaffold';

/** Answers given by a caller (tests, the walkthrough) instead of prompts. */
export interface ScaffoldArgs extends Partial<ScaffoldAnswers> {
  /** what to do with existing files that differ, without asking */
  overwrite?: boolean;
}

const KINDS: { project: ProjectKind; label: string }[] = [
  { project: 'node', label: 'Node.js' },
  { project: 'python', label: 'Python' },
  { project: 'go', label: 'Go' },
  { project: 'java-maven', label: 'Java (Maven)' },
  { project: 'java-gradle', label: 'Java (Gradle)' },
  { project: 'dotnet', label: '.NET' },
  { project: 'static', label: 'Static site (nginx)' },
];

async function listRoot(folder: vscode.Uri): Promise<{ files: string[]; read(n: string): string | undefined }> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const files = entries.filter(([, type]) => type === vscode.FileType.File).map(([n]) => n);
  const texts = new Map<string, string>();
  for (const n of files.filter((f) => /^(package\.json|requirements\.txt|pyproject\.toml)$/.test(f))) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, n));
    if (bytes.byteLength < 1_000_000) texts.set(n, new TextDecoder().decode(bytes));
  }
  return { files, read: (n) => texts.get(n) };
}

async function pickFolder(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: t('Add Docker files to which folder?') }))?.uri;
}

async function ask(facts: ProjectFacts, given: ScaffoldArgs): Promise<ScaffoldAnswers | undefined> {
  let port = given.port;
  if (port === undefined) {
    const v = await vscode.window.showInputBox({
      title: t('Add Docker Files: port'),
      ignoreFocusOut: true,
      prompt: t('The port the app listens on inside the container'),
      value: String(facts.port ?? 3000),
      validateInput: (s) => (/^\d+$/.test(s) && +s > 0 && +s < 65536 ? undefined : t('A port: 1 to 65535')),
    });
    if (v === undefined) return undefined;
    port = Number(v);
  }
  let entry = given.entry ?? facts.entry;
  if (!entry && (facts.kind === 'node' || facts.kind === 'python')) {
    entry = await vscode.window.showInputBox({
      title: t('Add Docker Files: entry point'),
      ignoreFocusOut: true,
      prompt: facts.kind === 'node' ? t('The file node runs') : t('The file (or module) python runs'),
      value: facts.kind === 'node' ? 'index.js' : 'app.py',
    });
    if (!entry) return undefined;
  }
  const baseImage = given.baseImage ?? vscode.workspace.getConfiguration().get<string>(BASE_IMAGE_SETTING);
  return { port, ...(entry ? { entry } : {}), ...(baseImage ? { baseImage } : {}) };
}

async function existing(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Files to write: new ones, and changed ones the user agreed to overwrite after seeing the diff. */
async function confirmOverwrites(
  folder: vscode.Uri,
  files: ScaffoldFile[],
  proposed: Map<string, string>,
  overwrite: boolean | undefined,
): Promise<ScaffoldFile[] | undefined> {
  const fresh: ScaffoldFile[] = [];
  const changed: ScaffoldFile[] = [];
  for (const f of files) {
    const old = await existing(vscode.Uri.joinPath(folder, f.path));
    if (old === undefined) fresh.push(f);
    else if (old !== f.text) changed.push(f);
  }
  if (!changed.length || overwrite === false) return fresh;
  if (overwrite) return [...fresh, ...changed];
  for (const f of changed) {
    proposed.set(f.path, f.text);
    const right = vscode.Uri.from({ scheme: SCHEME, path: `/${f.path}` });
    await vscode.commands.executeCommand(
      'vscode.diff',
      vscode.Uri.joinPath(folder, f.path),
      right,
      t('{0} (existing ↔ proposed)', f.path),
    );
  }
  const names = changed.map((f) => f.path).join(', ');
  const replace = t('Overwrite');
  const keep = t('Keep Existing');
  const choice = await vscode.window.showWarningMessage(
    t('{0} already exist(s) and would change (see the diff). Overwrite?', names),
    { modal: true, detail: t('Overwrite replaces: {0}. Keep Existing writes only the missing files.', names) },
    replace,
    keep,
  );
  if (choice === undefined) return undefined;
  return choice === replace ? [...fresh, ...changed] : fresh;
}

export function registerScaffold(context: vscode.ExtensionContext): vscode.Disposable[] {
  const proposed = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) => proposed.get(uri.path.slice(1)) ?? '',
  };
  const run = async (arg?: unknown, given: ScaffoldArgs = {}): Promise<string[] | undefined> => {
    const folder = await pickFolder(arg);
    if (!folder) {
      void vscode.window.showErrorMessage(t('Add Docker Files needs a folder: open one (File > Open Folder) first.'));
      return undefined;
    }
    const name = folder.path.split('/').pop() ?? 'app';
    let facts = detectProject(await listRoot(folder), name);
    if (!facts) {
      // ignoreFocusOut: started from the walkthrough's button, focus goes back to its page and would close the pick
      const pick = await vscode.window.showQuickPick(KINDS, {
        ignoreFocusOut: true,
        title: t(
          'No package.json, pyproject.toml, go.mod, pom.xml, build.gradle, .csproj or index.html here: which kind of app?',
        ),
      });
      if (!pick) return undefined;
      facts = { kind: pick.project, name: serviceName(name), manifests: [] };
    }
    const answers = await ask(facts, given);
    if (!answers) return undefined;
    const files = scaffoldFiles(facts, answers);
    const toWrite = await confirmOverwrites(folder, files, proposed, given.overwrite);
    if (!toWrite) return undefined;
    for (const f of toWrite)
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, f.path), new TextEncoder().encode(f.text));
    if (toWrite.some((f) => f.path === 'Dockerfile') && given.overwrite === undefined)
      await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'Dockerfile'));
    void vscode.commands.executeCommand('setContext', 'stevedore.addedDockerFiles', true);
    return toWrite.map((f) => f.path);
  };
  const subs = [
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand('stevedore.workspace.addDockerFiles', run),
  ];
  context.subscriptions.push(...subs);
  return subs;
}
