// Tree items for files under a container or volume in the explorer: plain records, decided here, shown by the shell.
import type { ChangeKind } from '../engine/filesImages';
import { formatBytes } from './errors';
import { modeString } from './fileMode';
import type { FileEntry } from './listing';
import { join } from './paths';

/** Where a file lives: a container (by id) or a volume (by name). */
export interface FileRoot {
  kind: 'container' | 'volume';
  /** container id or volume name */
  name: string;
}

export type FileContextValue = 'file' | 'file:directory' | 'file:symlink' | 'file:symlink:directory';
export const fileContextValues: readonly FileContextValue[] = [
  'file',
  'file:directory',
  'file:symlink',
  'file:symlink:directory',
];

export interface FileNode {
  kind: 'file';
  /** unique in the view: root kind, root name and path */
  id: string;
  root: FileRoot;
  /** path inside the root, absolute */
  path: string;
  entry: FileEntry;
  /** id of the parent file node, or of the container/volume item for top-level entries */
  parentId: string;
  label: string;
  description?: string;
  tooltip: string;
  icon: string;
  contextValue: FileContextValue;
  directory: boolean;
  /** a `docker diff` marker, when known */
  change?: ChangeKind;
}

export function fileNodeId(root: FileRoot, path: string): string {
  return `file:${root.kind}:${root.name}:${path}`;
}

const changeWords: Record<ChangeKind, string> = { A: 'added', C: 'changed', D: 'deleted' };

export function fileNode(
  root: FileRoot,
  dir: string,
  parentId: string,
  entry: FileEntry,
  change?: ChangeKind,
): FileNode {
  const path = join(dir, entry.name);
  const directory = entry.kind === 'directory' || (entry.kind === 'symlink' && entry.targetKind === 'directory');
  const link = entry.kind === 'symlink';
  const contextValue: FileContextValue = link
    ? directory
      ? 'file:symlink:directory'
      : 'file:symlink'
    : directory
      ? 'file:directory'
      : 'file';
  const parts = [
    link ? `→ ${entry.linkTarget ?? '?'}` : undefined,
    !directory && !link ? formatBytes(entry.size) : undefined,
    change ? change : undefined,
  ].filter(Boolean);
  const tooltip = [
    `**${path}**`,
    `${modeString(entry.kind, entry.perm)}${entry.kind === 'file' ? ` · ${formatBytes(entry.size)} (${entry.size} bytes)` : ''}`,
    link ? `symlink to ${entry.linkTarget ?? 'an unknown target'}${entry.targetKind ? '' : ' (dangling)'}` : undefined,
    entry.mtimeMs ? `modified ${new Date(entry.mtimeMs).toISOString().replace('T', ' ').slice(0, 19)} UTC` : undefined,
    change ? `${changeWords[change]} since the container was created (docker diff)` : undefined,
  ]
    .filter(Boolean)
    .join('  \n');
  return {
    kind: 'file',
    id: fileNodeId(root, path),
    root,
    path,
    entry,
    parentId,
    label: entry.name,
    description: parts.join(' · ') || undefined,
    tooltip,
    icon: link ? (directory ? 'file-symlink-directory' : 'file-symlink-file') : directory ? 'folder' : 'file',
    contextValue,
    directory,
    change,
  };
}
