// Files commands: containers, images and volumes as files (item verbs), and the verbs of the file items shown
// under containers and volumes (src/core/files/nodes.ts), which the extension registers itself.
import { anyContainer, anyImage, anyVolume, running, type CommandSpec, type MenuEntry } from './spec';

export const fileItemCommands = [
  {
    id: 'stevedore.container.copyFrom',
    title: 'Copy From Container…',
    target: 'container',
    item: { viewItem: anyContainer, group: '5_files@1' },
  },
  {
    id: 'stevedore.container.copyTo',
    title: 'Copy Into Container…',
    target: 'container',
    item: { viewItem: anyContainer, group: '5_files@2' },
    requiresTrust: true,
  },
  {
    id: 'stevedore.container.diff',
    title: 'Show Changes (docker diff)',
    target: 'container',
    item: { viewItem: anyContainer, group: '5_files@3' },
  },
  {
    id: 'stevedore.container.commit',
    title: 'Commit to Image…',
    target: 'container',
    item: { viewItem: anyContainer, group: '5_files@4' },
  },
  {
    id: 'stevedore.container.export',
    title: 'Export File System…',
    target: 'container',
    item: { viewItem: anyContainer, group: '5_files@5' },
  },
  {
    id: 'stevedore.container.top',
    title: 'Show Processes',
    target: 'container',
    item: { viewItem: running, group: '3_info@9' },
  },
  {
    id: 'stevedore.image.save',
    title: 'Save to Tar…',
    target: 'image',
    item: { viewItem: anyImage, group: '5_files@1' },
    many: true,
  },
  {
    id: 'stevedore.image.load',
    title: 'Load Images from Tar…',
    target: 'none',
    viewTitle: { view: 'images', group: '7_files@1' },
  },
  {
    id: 'stevedore.image.import',
    title: 'Import File System Tar as Image…',
    target: 'none',
    viewTitle: { view: 'images', group: '7_files@2' },
  },
  {
    id: 'stevedore.volume.backup',
    title: 'Back Up to .tar.gz…',
    target: 'volume',
    item: { viewItem: anyVolume, group: '5_files@1' },
  },
  {
    id: 'stevedore.volume.restore',
    title: 'Restore from .tar.gz…',
    target: 'volume',
    item: { viewItem: anyVolume, group: '5_files@2' },
    requiresTrust: true,
  },
  {
    id: 'stevedore.volume.restoreNew',
    title: 'Restore .tar.gz into a New Volume…',
    target: 'none',
    viewTitle: { view: 'volumes', group: '5_files@1' },
    requiresTrust: true,
  },
  {
    id: 'stevedore.volume.clone',
    title: 'Clone…',
    target: 'volume',
    item: { viewItem: anyVolume, group: '5_files@3' },
  },
  {
    id: 'stevedore.volume.allowWriting',
    title: 'Allow or Stop Writing to Volume Files…',
    target: 'volume',
    item: { viewItem: anyVolume, group: '5_files@4' },
  },
] as const satisfies readonly CommandSpec[];

const views = 'view =~ /^stevedore\\.(containers|volumes)$/';
const dir = `${views} && viewItem =~ /^(container:|volume|file:directory$|file:symlink:directory$)/`;
const file = `${views} && viewItem =~ /^file(:symlink)?$/`;
const anyFile = `${views} && viewItem =~ /^file/`;
const on = (when: string, group: string): MenuEntry => ({ menu: 'view/item/context', when, group });

const fileCommand = (
  id: `stevedore.files.${string}`,
  title: string,
  menus: MenuEntry[],
  extra: Partial<CommandSpec> = {},
): CommandSpec => ({ id, title, target: 'none', hideInPalette: true, menus, ...extra });

/** Verbs of file items: their argument is the file node, never a palette pick. Delete confirms in its handler. */
export const fileCommands: readonly CommandSpec[] = [
  fileCommand('stevedore.files.open', 'Open File', [on(file, '1_open@1')], { icon: 'go-to-file' }),
  fileCommand('stevedore.files.newFile', 'New File…', [on(dir, '6_files@1')], { icon: 'new-file' }),
  fileCommand('stevedore.files.newFolder', 'New Folder…', [on(dir, '6_files@2')], { icon: 'new-folder' }),
  fileCommand('stevedore.files.rename', 'Rename…', [on(anyFile, '7_modify@1')]),
  fileCommand('stevedore.files.delete', 'Delete…', [on(anyFile, '7_modify@2')], { icon: 'trash' }),
  fileCommand('stevedore.files.upload', 'Upload…', [on(dir, '6_files@3')], { icon: 'cloud-upload' }),
  fileCommand('stevedore.files.download', 'Download…', [on(anyFile, '2_transfer@1'), on(file, 'inline')], {
    icon: 'cloud-download',
  }),
  fileCommand('stevedore.files.compare', 'Compare with Workspace File…', [on(file, '1_open@2')], { icon: 'diff' }),
  fileCommand('stevedore.files.refresh', 'Refresh Files', [on(dir, '6_files@9')], { icon: 'refresh' }),
];
