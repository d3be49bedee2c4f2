// Which compose project a command means: a file (explorer/editor), the project node of the Containers view, or a pick.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { composeFileGlob } from './workspaceKey';
import { envFilesSetting, projectForFile, type ComposeProject } from '../../core/compose/cli';
import { COMPOSE_SECTION } from '../../shared/lintProtocol';
import { isComposeFileName } from '../../core/compose/files';
import { modelOf, type ComposeModel } from '../../core/compose/model';
import { get, items, str } from '../../core/compose/yamlNodes';
import { readBounded, readBoundedOrSkip } from '../../core/files/boundedRead';

const t = vscode.l10n.t;

export interface ComposeTarget {
  project: ComposeProject;
  /** the merged names across the project's files */
  services: string[];
  profiles: string[];
  models: ComposeModel[];
}

const exists = (p: string) => fs.existsSync(p);

/** In Restricted Mode, files the workspace names are read only when their real path lies inside the workspace. */
const readOptions = () =>
  vscode.workspace.isTrusted ? {} : { within: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath) };
const readProjectFile = (p: string) => readBoundedOrSkip(p, undefined, readOptions());

/** `stevedore.compose.envFile` for a file, absolute (relative to its workspace folder). */
export function envFilesFor(file: string): string[] {
  const uri = vscode.Uri.file(file);
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(file);
  return envFilesSetting(vscode.workspace.getConfiguration(COMPOSE_SECTION, uri).get<unknown>('envFile'), folder);
}

export function targetForFile(file: string): ComposeTarget {
  const read = readBounded(file, readOptions());
  if (!read.ok) throw new Error(t('{0} was not read: {1}.', file, read.reason));
  const name = str(modelOf(read.text).top.find((e) => e.key === 'name')?.value);
  return withModels(
    projectForFile(file, {
      exists,
      readFile: readProjectFile,
      envFiles: envFilesFor(file),
      ...(name ? { name } : {}),
    }),
  );
}

function withModels(project: ComposeProject): ComposeTarget {
  const models = project.files.flatMap((f) => {
    const text = readProjectFile(f);
    return text === undefined ? [] : [modelOf(text)];
  });
  const services = [...new Set(models.flatMap((m) => m.decls.service.map((d) => d.name)))];
  const profiles = [
    ...new Set(
      models.flatMap((m) =>
        m.decls.service.flatMap((d) =>
          items(m.doc, get(m.doc, d.entry.value, 'profiles')?.value)
            .map(str)
            .filter((x): x is string => !!x),
        ),
      ),
    ),
  ];
  return { project, services, profiles, models };
}

interface ProjectNodeLike {
  kind: 'composeProject';
  record: { name: string; workingDir?: string; configFiles: string[] };
}

function isProjectNode(a: unknown): a is ProjectNodeLike {
  return !!a && typeof a === 'object' && (a as { kind?: unknown }).kind === 'composeProject';
}

/** Resolve the command argument (Uri, project node, nothing) to a project; undefined when the user cancelled. */
export async function resolveTarget(arg: unknown): Promise<ComposeTarget | undefined> {
  if (arg instanceof vscode.Uri) return targetForFile(arg.fsPath);
  if (isProjectNode(arg)) {
    const files = arg.record.configFiles.filter(exists);
    const [first] = files;
    if (first === undefined)
      throw new Error(
        t(
          'The compose files of project {0} are not on this machine ({1}).',
          arg.record.name,
          arg.record.configFiles.join(', ') || '?',
        ),
      );
    const envFiles = envFilesFor(first);
    return withModels({
      files,
      name: arg.record.name,
      profiles: [],
      cwd: arg.record.workingDir ?? path.dirname(first),
      ...(envFiles.length ? { envFiles } : {}),
    });
  }
  const active = vscode.window.activeTextEditor?.document;
  if (
    active &&
    active.uri.scheme === 'file' &&
    (active.languageId === 'dockercompose' || isComposeFileName(active.fileName))
  ) {
    if (active.isDirty) await active.save();
    return targetForFile(active.fileName);
  }
  const found = await vscode.workspace.findFiles(composeFileGlob, '**/node_modules/**', 50);
  if (!found.length) throw new Error(t('No compose file in this workspace.'));
  const pick =
    found.length === 1
      ? found[0]
      : (
          await vscode.window.showQuickPick(
            found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
            // the walkthrough's Compose Up button may start here, and its page takes the focus back at once
            { title: t('Which compose file?'), ignoreFocusOut: true },
          )
        )?.uri;
  return pick ? targetForFile(pick.fsPath) : undefined;
}
