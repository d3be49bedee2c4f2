// The Swarm view's tree as plain nodes: sections (Nodes, Services grouped by stack, Stacks, Secrets, Configs), the
// tasks under each service, their ids and context values — pure, over a SwarmSnapshot (texts: treeText.ts).
import type { SwarmSnapshot } from './model';
import type { SwarmNode, SwarmSecret, SwarmService, SwarmTask } from './records';

export const swarmSections = ['nodes', 'services', 'stacks', 'secrets', 'configs'] as const;
export type SwarmSection = (typeof swarmSections)[number];

export type SwarmTreeNode =
  | { kind: 'swarmSection'; section: SwarmSection }
  | { kind: 'swarmNode'; node: SwarmNode; self: boolean }
  /** `under`: the section it is listed in (a stack's services appear under Services and under Stacks) */
  | { kind: 'swarmStack'; name: string; under: 'services' | 'stacks' }
  | { kind: 'swarmService'; service: SwarmService; under: 'services' | 'stacks' }
  | { kind: 'swarmTask'; task: SwarmTask; service: string; under: 'services' | 'stacks' }
  | { kind: 'swarmSecret'; secret: SwarmSecret }
  | { kind: 'swarmEmpty'; section: SwarmSection; text: string };

export interface SwarmTreeContext {
  snapshot: SwarmSnapshot;
  /** this engine's node id (a task's container is local only there) */
  selfNodeId: string;
}

/** Older tasks of a service kept in the tree after the current ones (`docker service ps` shows them too). */
export const historyPerService = 3;

export function swarmChildren(ctx: SwarmTreeContext, parent?: SwarmTreeNode): SwarmTreeNode[] {
  const { snapshot: s } = ctx;
  if (!parent) return swarmSections.map((section) => ({ kind: 'swarmSection', section }));
  switch (parent.kind) {
    case 'swarmSection':
      return sectionChildren(ctx, parent.section);
    case 'swarmStack':
      return s.services
        .filter((x) => (x.stack ?? '') === parent.name)
        .map((service) => ({ kind: 'swarmService', service, under: parent.under }));
    case 'swarmService':
      return tasksShown(s.tasks.filter((t) => t.serviceId === parent.service.id)).map((task) => ({
        kind: 'swarmTask',
        task,
        service: parent.service.name,
        under: parent.under,
      }));
    default:
      return [];
  }
}

function sectionChildren(ctx: SwarmTreeContext, section: SwarmSection): SwarmTreeNode[] {
  const s = ctx.snapshot;
  const empty = (text: string): SwarmTreeNode[] => [{ kind: 'swarmEmpty', section, text }];
  switch (section) {
    case 'nodes':
      return s.nodes.map((node) => ({ kind: 'swarmNode', node, self: node.id === ctx.selfNodeId }));
    case 'services': {
      if (!s.services.length) return empty('No services');
      const stacks = stackNames(s);
      const loose = s.services.filter((x) => !x.stack);
      return [
        ...stacks.map((name): SwarmTreeNode => ({ kind: 'swarmStack', name, under: 'services' })),
        ...loose.map((service): SwarmTreeNode => ({ kind: 'swarmService', service, under: 'services' })),
      ];
    }
    case 'stacks': {
      const stacks = stackNames(s);
      if (!stacks.length) return empty('No stacks: deploy one from a compose file');
      return stacks.map((name) => ({ kind: 'swarmStack', name, under: 'stacks' }));
    }
    case 'secrets':
    case 'configs': {
      const list = section === 'secrets' ? s.secrets : s.configs;
      if (!list.length) return empty(section === 'secrets' ? 'No secrets' : 'No configs');
      return list.map((secret) => ({ kind: 'swarmSecret', secret }));
    }
  }
}

export function stackNames(s: SwarmSnapshot): string[] {
  return [...new Set(s.services.flatMap((x) => (x.stack ? [x.stack] : [])))].sort((a, b) => a.localeCompare(b));
}

/** The tasks meant to run (by slot), then the newest few others. */
export function tasksShown(tasks: SwarmTask[]): SwarmTask[] {
  const newest = (a: SwarmTask, b: SwarmTask) => b.updatedAt.localeCompare(a.updatedAt);
  const current = tasks
    .filter((t) => t.desiredState === 'running' || t.desiredState === 'ready')
    .sort((a, b) => a.slot - b.slot || a.nodeId.localeCompare(b.nodeId) || newest(a, b));
  const past = tasks.filter((t) => !current.includes(t)).sort(newest);
  return [...current, ...past.slice(0, historyPerService)];
}

/** Stable tree id (the same object under two sections gets two ids). */
export function swarmNodeId(n: SwarmTreeNode): string {
  switch (n.kind) {
    case 'swarmSection':
      return `swarm:${n.section}`;
    case 'swarmNode':
      return `swarm:node:${n.node.id}`;
    case 'swarmStack':
      return `swarm:${n.under}:stack:${n.name}`;
    case 'swarmService':
      return `swarm:${n.under}:service:${n.service.id}`;
    case 'swarmTask':
      return `swarm:${n.under}:task:${n.task.id}`;
    case 'swarmSecret':
      return `swarm:${n.secret.kind}:${n.secret.id}`;
    case 'swarmEmpty':
      return `swarm:${n.section}:empty`;
  }
}

/** Every context value the Swarm view produces (package.json menus match these; a test checks each pattern). */
export const swarmContextValues = [
  'swarmSection:nodes',
  'swarmSection:services',
  'swarmSection:stacks',
  'swarmSection:secrets',
  'swarmSection:configs',
  'swarmNode:manager:active',
  'swarmNode:manager:drain',
  'swarmNode:manager:pause',
  'swarmNode:worker:active',
  'swarmNode:worker:drain',
  'swarmNode:worker:pause',
  'swarmStack',
  'swarmService:replicated',
  'swarmService:global',
  'swarmService:replicated-job',
  'swarmService:global-job',
  'swarmTask',
  'swarmSecret:secret',
  'swarmSecret:config',
  'swarmEmpty',
] as const;
export type SwarmContextValue = (typeof swarmContextValues)[number];

export function swarmContextValue(n: SwarmTreeNode): SwarmContextValue {
  switch (n.kind) {
    case 'swarmSection':
      return `swarmSection:${n.section}`;
    case 'swarmNode':
      return `swarmNode:${n.node.role}:${n.node.availability}`;
    case 'swarmStack':
      return 'swarmStack';
    case 'swarmService':
      return `swarmService:${n.service.mode}`;
    case 'swarmTask':
      return 'swarmTask';
    case 'swarmSecret':
      return `swarmSecret:${n.secret.kind}`;
    case 'swarmEmpty':
      return 'swarmEmpty';
  }
}
