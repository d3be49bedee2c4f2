// Labels, descriptions and markdown tooltips of the Swarm view's nodes; tooltips say why a task is not running.
import { humanSize, shortId } from '../tree/format';
import type { SwarmSnapshot } from './model';
import { taskProblem, type SwarmService, type SwarmTask } from './records';
import { stackNames, type SwarmSection, type SwarmTreeContext, type SwarmTreeNode } from './tree';

export interface SwarmItemText {
  label: string;
  description: string;
  /** markdown */
  tooltip: string;
  icon: string;
  /** a warning colour for the icon (a task or node in trouble) */
  problem: boolean;
  collapsible: boolean;
}

const sectionTitles: Record<SwarmSection, string> = {
  nodes: 'Nodes',
  services: 'Services',
  stacks: 'Stacks',
  secrets: 'Secrets',
  configs: 'Configs',
};

const hostOf = (s: SwarmSnapshot, nodeId: string) =>
  s.nodes.find((n) => n.id === nodeId)?.hostname || shortId(nodeId) || 'no node yet';
const taskName = (service: string, t: SwarmTask) => `${service}.${t.slot || shortId(t.nodeId)}`;
const counts = (x: SwarmService) => (x.mode.endsWith('job') ? `${x.running} running` : `${x.running}/${x.desired}`);

/** Tasks meant to run that do not, each with the scheduler's or executor's words. */
export function problems(s: SwarmSnapshot, tasks: SwarmTask[]): string[] {
  const names = new Map(s.services.map((x) => [x.id, x.name]));
  return tasks
    .filter((t) => taskProblem(t))
    .map((t) => `${taskName(names.get(t.serviceId) ?? shortId(t.serviceId), t)} ${t.state}: ${taskProblem(t)}`);
}

export function swarmItemText(ctx: SwarmTreeContext, n: SwarmTreeNode): SwarmItemText {
  const s = ctx.snapshot;
  const base = { tooltip: '', problem: false, collapsible: false };
  switch (n.kind) {
    case 'swarmSection': {
      const count = {
        nodes: s.nodes.length,
        services: s.services.length,
        stacks: stackNames(s).length,
        secrets: s.secrets.length,
        configs: s.configs.length,
      }[n.section];
      return { ...base, label: sectionTitles[n.section], description: String(count), icon: '', collapsible: true };
    }
    case 'swarmNode': {
      const x = n.node;
      const role = x.role === 'manager' ? (x.leader ? 'leader' : 'manager') : 'worker';
      const why = problems(
        s,
        s.tasks.filter((t) => t.nodeId === x.id),
      );
      const tooltip = [
        `**${x.hostname}**${n.self ? ' (this engine)' : ''} — ${role}, ${x.availability}, ${x.state}`,
        x.message && `Status: ${x.message}`,
        `Engine ${x.engineVersion || '?'} · ${x.cpus} CPUs · ${humanSize(x.memoryBytes)} · ${x.addr || 'no address'}`,
        x.reachability && `Manager reachability: ${x.reachability}`,
        ...Object.entries(x.labels).map(([k, v]) => `Label \`${k}=${v}\``),
        ...(why.length ? ['Tasks not running:', ...why.map((w) => `- ${w}`)] : []),
      ].filter(Boolean);
      return {
        ...base,
        label: x.hostname || shortId(x.id),
        description: [
          role,
          x.availability !== 'active' && x.availability,
          x.state !== 'ready' && x.state,
          x.engineVersion,
        ]
          .filter(Boolean)
          .join(' · '),
        tooltip: tooltip.join('\n\n'),
        icon: x.role === 'manager' ? 'server-environment' : 'server',
        problem: x.state !== 'ready' || why.length > 0,
      };
    }
    case 'swarmStack': {
      const services = s.services.filter((x) => x.stack === n.name);
      const short = services.filter((x) => !x.mode.endsWith('job') && x.running < x.desired);
      return {
        ...base,
        label: n.name,
        description: `${services.length} service${services.length === 1 ? '' : 's'}${short.length ? ` · ${short.length} converging` : ''}`,
        tooltip: [`**Stack ${n.name}**`, ...services.map((x) => `- ${x.name} ${counts(x)}`)].join('\n'),
        icon: 'layers',
        collapsible: true,
      };
    }
    case 'swarmService': {
      const x = n.service;
      const why = problems(
        s,
        s.tasks.filter((t) => t.serviceId === x.id),
      );
      const label = x.stack && x.name.startsWith(`${x.stack}_`) ? x.name.slice(x.stack.length + 1) : x.name;
      const update = x.updateState && x.updateState !== 'completed' ? x.updateState.replace('_', ' ') : '';
      return {
        label,
        description: [counts(x), x.mode !== 'replicated' && x.mode, x.image, x.ports.join(', '), update]
          .filter(Boolean)
          .join(' · '),
        tooltip: [
          `**${x.name}** — ${x.mode}, ${counts(x)} running`,
          `Image \`${x.image}\``,
          x.ports.length ? `Ports ${x.ports.join(', ')}` : '',
          x.updateState ? `Update ${x.updateState}${x.updateMessage ? `: ${x.updateMessage}` : ''}` : '',
          ...(why.length ? ['Tasks not running:', ...why.map((w) => `- ${w}`)] : []),
        ]
          .filter(Boolean)
          .join('\n\n'),
        icon: 'symbol-method',
        problem: why.length > 0 || /paused|rollback/.test(x.updateState),
        collapsible: true,
      };
    }
    case 'swarmTask': {
      const t = n.task;
      const why = taskProblem(t);
      const local = t.nodeId === ctx.selfNodeId && t.containerId;
      const host = hostOf(s, t.nodeId);
      return {
        ...base,
        label: taskName(n.service, t),
        description: [
          t.desiredState === t.state || t.desiredState === 'running' ? t.state : `${t.state} → ${t.desiredState}`,
          host,
          why,
        ]
          .filter(Boolean)
          .join(' · '),
        tooltip: [
          `**${taskName(n.service, t)}** on ${host}: ${t.state} (desired ${t.desiredState || '?'})`,
          why ? `Not running: ${why}` : t.message && `Message: ${t.message}`,
          t.containerId && `Container \`${shortId(t.containerId)}\`${local ? ' on this engine' : ` on ${host}`}`,
          `Task \`${t.id}\``,
        ]
          .filter(Boolean)
          .join('\n\n'),
        icon: t.state === 'running' ? 'pass' : why ? 'error' : 'circle-outline',
        problem: !!why,
      };
    }
    case 'swarmSecret': {
      const x = n.secret;
      return {
        ...base,
        label: x.name,
        description: x.stack ? `stack ${x.stack}` : '',
        tooltip: `**${x.name}** — ${x.kind} \`${shortId(x.id)}\`, created ${x.createdAt || '?'}\n\nIts value is never shown.`,
        icon: x.kind === 'secret' ? 'lock' : 'file-code',
      };
    }
    case 'swarmEmpty':
      return { ...base, label: n.text, description: '', icon: 'info' };
  }
}
