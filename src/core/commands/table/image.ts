// Image commands: run, registry round trips, build, information, cleanup.
import { anyImage, taggedImage, type CommandSpec } from './spec';

const item = (group: string) => ({ viewItem: anyImage, group });

export const imageCommands = [
  {
    id: 'stevedore.image.run',
    title: 'Run',
    target: 'image',
    icon: 'play',
    item: { viewItem: anyImage, group: '1_run@1', inline: true },
    pullIfMissing: true,
  },
  { id: 'stevedore.image.runWith', title: 'Run…', target: 'image', item: item('1_run@2'), pullIfMissing: true },
  { id: 'stevedore.image.runInteractive', title: 'Run Interactive', target: 'image', item: item('1_run@3') },
  { id: 'stevedore.image.create', title: 'Create Container…', target: 'image', item: item('1_run@4') },
  {
    id: 'stevedore.image.pull',
    title: 'Pull…',
    target: 'none',
    icon: 'cloud-download',
    viewTitle: { view: 'images', group: 'navigation@0' },
  },
  {
    id: 'stevedore.image.repull',
    title: 'Pull Again',
    target: 'image',
    item: { viewItem: taggedImage, group: '2_registry@1' },
  },
  {
    id: 'stevedore.image.push',
    title: 'Push',
    target: 'image',
    icon: 'cloud-upload',
    item: { viewItem: taggedImage, group: '2_registry@2' },
  },
  { id: 'stevedore.image.tag', title: 'Tag…', target: 'image', item: item('4_edit@1') },
  {
    id: 'stevedore.image.remove',
    title: 'Remove…',
    target: 'image',
    icon: 'trash',
    item: item('9_remove@1'),
    destructive: true,
    many: true,
  },
  { id: 'stevedore.image.inspect', title: 'Inspect', target: 'image', item: item('3_info@1') },
  { id: 'stevedore.image.history', title: 'Show History', target: 'image', item: item('3_info@2') },
  { id: 'stevedore.image.copyId', title: 'Copy ID', target: 'image', item: item('3_info@3') },
  {
    id: 'stevedore.image.build',
    title: 'Build Image…',
    target: 'none',
    icon: 'package',
    dockerfileMenu: true,
    // a visible action on the Images view's title, beside Pull
    viewTitle: { view: 'images', group: 'navigation@0' },
    menus: [{ menu: 'editor/title', when: 'editorLangId == dockerfile && isWorkspaceTrusted', group: 'navigation@1' }],
  },
  { id: 'stevedore.build.history', title: 'Build History…', target: 'none', icon: 'history' },
  {
    id: 'stevedore.image.search',
    title: 'Search Docker Hub…',
    target: 'none',
    icon: 'search',
    viewTitle: { view: 'images', group: '3_build@2' },
    // also a button on the Registries view, beside Add and Refresh
    menus: [{ menu: 'view/title', when: 'view == stevedore.registries', group: 'navigation@0' }],
  },
  {
    id: 'stevedore.image.prune',
    title: 'Remove Dangling Images…',
    target: 'none',
    viewTitle: { view: 'images', group: '4_prune@1' },
    destructive: true,
  },
  {
    id: 'stevedore.image.pruneAll',
    title: 'Remove All Unused Images…',
    target: 'none',
    viewTitle: { view: 'images', group: '4_prune@2' },
    destructive: true,
  },
] as const satisfies readonly CommandSpec[];
