// Swarm commands: the Swarm view's items (nodes, services, stacks, secrets, configs), its title bar, the swarm
// itself (init, join token, leave) and stack deploy/remove from a compose file. Handlers: src/extension/swarm/.
import type { CommandSpec, MenuEntry } from './spec';

/** A place in the Swarm view's item menus (`viewItem` a regex over src/core/swarm/tree.ts's context values). */
const inSwarm = (viewItem: string, group: string, inline = false): MenuEntry[] => {
  const when = `view == stevedore.swarm && viewItem =~ /${viewItem}/`;
  return [
    ...(inline ? [{ menu: 'view/item/context' as const, when, group: 'inline' }] : []),
    { menu: 'view/item/context', when, group },
  ];
};
const composeFile = `resourceLangId == dockercompose && isWorkspaceTrusted && stevedore.swarm.manager`;
const service = '^swarmService:';
const replicated = '^swarmService:replicated$';

export const swarmCommands = [
  {
    id: 'stevedore.swarm.refresh',
    title: 'Refresh Swarm',
    target: 'none',
    icon: 'refresh',
    viewTitle: { view: 'swarm', group: 'navigation@9' },
  },
  {
    id: 'stevedore.swarm.init',
    title: 'Swarm Init: Make This Engine a Swarm Manager…',
    target: 'none',
    viewTitle: { view: 'engines', group: '5_swarm@1', when: '!stevedore.swarm.manager' },
  },
  {
    id: 'stevedore.swarm.joinToken',
    title: 'Swarm Join Token…',
    target: 'none',
    icon: 'key',
    viewTitle: { view: 'swarm', group: '1_swarm@1' },
  },
  {
    id: 'stevedore.swarm.leave',
    title: 'Swarm Leave…',
    target: 'none',
    viewTitle: { view: 'swarm', group: '1_swarm@2' },
  },
  {
    id: 'stevedore.stack.deploy',
    title: 'Deploy Stack…',
    target: 'none',
    icon: 'cloud-upload',
    requiresTrust: true,
    viewTitle: { view: 'swarm', group: 'navigation@1' },
    menus: [
      { menu: 'editor/title', when: composeFile, group: 'navigation@3' },
      { menu: 'explorer/context', when: composeFile, group: 'docker-stack@1' },
      ...inSwarm('^(swarmStack|swarmSection:stacks)$', '1_stack@1'),
    ],
  },
  {
    id: 'stevedore.stack.remove',
    title: 'Remove Stack…',
    target: 'none',
    destructive: true,
    menus: inSwarm('^swarmStack$', '9_destructive@1'),
  },
  {
    id: 'stevedore.service.scale',
    title: 'Scale…',
    target: 'none',
    icon: 'list-ordered',
    menus: inSwarm(replicated, '1_service@1', true),
  },
  {
    id: 'stevedore.service.updateImage',
    title: 'Update Image (Rolling)…',
    target: 'none',
    menus: inSwarm(service, '1_service@2'),
  },
  { id: 'stevedore.service.rollback', title: 'Roll Back', target: 'none', menus: inSwarm(service, '1_service@3') },
  {
    id: 'stevedore.service.redeploy',
    title: 'Force Redeploy',
    target: 'none',
    menus: inSwarm(service, '1_service@4'),
  },
  {
    id: 'stevedore.service.logs',
    title: 'Service Logs',
    target: 'none',
    icon: 'output',
    menus: inSwarm(service, '2_info@1', true),
  },
  { id: 'stevedore.service.inspect', title: 'Inspect Service', target: 'none', menus: inSwarm(service, '2_info@2') },
  {
    id: 'stevedore.service.remove',
    title: 'Remove Service…',
    target: 'none',
    destructive: true,
    menus: inSwarm(service, '9_destructive@1'),
  },
  {
    id: 'stevedore.swarmNode.promote',
    title: 'Promote to Manager',
    target: 'none',
    menus: inSwarm('^swarmNode:worker:', '1_node@1'),
  },
  {
    id: 'stevedore.swarmNode.demote',
    title: 'Demote to Worker',
    target: 'none',
    menus: inSwarm('^swarmNode:manager:', '1_node@2'),
  },
  {
    id: 'stevedore.swarmNode.drain',
    title: 'Drain',
    target: 'none',
    menus: inSwarm('^swarmNode:\\w+:(active|pause)$', '1_node@3'),
  },
  {
    id: 'stevedore.swarmNode.activate',
    title: 'Activate',
    target: 'none',
    menus: inSwarm('^swarmNode:\\w+:(drain|pause)$', '1_node@4'),
  },
  {
    id: 'stevedore.swarmNode.remove',
    title: 'Remove Node from Swarm…',
    target: 'none',
    destructive: true,
    menus: inSwarm('^swarmNode:', '9_destructive@1'),
  },
  {
    id: 'stevedore.secret.create',
    title: 'Create Secret…',
    target: 'none',
    icon: 'add',
    menus: inSwarm('^swarmSection:secrets$', '1_create@1', true),
  },
  {
    id: 'stevedore.secret.remove',
    title: 'Remove Secret…',
    target: 'none',
    destructive: true,
    menus: inSwarm('^swarmSecret:secret$', '9_destructive@1'),
  },
  {
    id: 'stevedore.config.create',
    title: 'Create Config…',
    target: 'none',
    icon: 'add',
    menus: inSwarm('^swarmSection:configs$', '1_create@1', true),
  },
  {
    id: 'stevedore.config.remove',
    title: 'Remove Config…',
    target: 'none',
    destructive: true,
    menus: inSwarm('^swarmSecret:config$', '9_destructive@1'),
  },
] as const satisfies readonly CommandSpec[];

export type SwarmCommandId = (typeof swarmCommands)[number]['id'];
