// The Swarm view's verbs on services, nodes, secrets and configs, and the swarm's own (init, join token, leave).
// From the palette each asks which object; destructive ones confirm, naming what goes.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { SwarmCommandId } from '../../core/commands/table/index';
import { swarmReads } from '../../core/engine/swarm';
import { swarmActionsFor } from '../../core/engine/swarmActions';
import { taskNamer, withTaskPrefixes } from '../../core/swarm/logPrefix';
import type { SwarmNode, SwarmSecret, SwarmService } from '../../core/swarm/records';
import type { SwarmTreeNode } from '../../core/swarm/tree';
import { confirmDestructive } from '../commands/define';
import type { InspectDocuments } from '../commands/inspect';
import type { LogViews } from '../commands/logs';
import type { Services } from '../services';
import type { SwarmView } from './view';

const t = vscode.l10n.t;
export type SwarmVerbId = Exclude<SwarmCommandId, 'stevedore.stack.deploy' | 'stevedore.stack.remove'>;
type Handler = (arg: unknown) => PromiseLike<unknown>;

const isNode = <K extends SwarmTreeNode['kind']>(x: unknown, kind: K): x is Extract<SwarmTreeNode, { kind: K }> =>
  !!x && typeof x === 'object' && (x as SwarmTreeNode).kind === kind;

/** A number of replicas ≥ 0, or the reason it is not one. */
export function replicasProblem(v: string): string | undefined {
  return /^\s*\d{1,5}\s*$/.test(v) ? undefined : t('A whole number of replicas, 0 or more');
}

export function swarmVerbs(
  services: Services,
  view: SwarmView,
  logs: LogViews,
  docs: InspectDocuments,
): Record<SwarmVerbId, Handler> {
  const actions = () => swarmActionsFor(services.engine);
  const needManager = async () => {
    if (!(await view.checkState()).manager)
      throw new Error(
        t('This engine is not a swarm manager. Run "Swarm Init" to make it one, or switch to a manager\'s context.'),
      );
    await view.ensureLoaded();
  };
  const pick = async <T>(what: string, items: T[], label: (x: T) => string, detail: (x: T) => string) => {
    if (!items.length) throw new Error(t('No {0} in this swarm.', what));
    const p = await vscode.window.showQuickPick(
      items.map((x) => ({ label: label(x), description: detail(x), x })),
      { title: t('Which {0}?', what), matchOnDescription: true },
    );
    return p?.x;
  };
  const serviceOf = async (arg: unknown): Promise<SwarmService | undefined> => {
    if (isNode(arg, 'swarmService')) return arg.service;
    await needManager();
    return pick(
      t('service'),
      view.snapshot.services,
      (s) => s.name,
      (s) => `${s.running}/${s.desired} · ${s.image}`,
    );
  };
  const nodeOf = async (arg: unknown): Promise<SwarmNode | undefined> => {
    if (isNode(arg, 'swarmNode')) return arg.node;
    await needManager();
    return pick(
      t('node'),
      view.snapshot.nodes,
      (n) => n.hostname,
      (n) => `${n.role} · ${n.availability} · ${n.state}`,
    );
  };
  const secretOf = async (arg: unknown, kind: 'secret' | 'config'): Promise<SwarmSecret | undefined> => {
    if (isNode(arg, 'swarmSecret') && arg.secret.kind === kind) return arg.secret;
    await needManager();
    const list = kind === 'secret' ? view.snapshot.secrets : view.snapshot.configs;
    return pick(
      kind,
      list,
      (s) => s.name,
      (s) => s.stack ?? '',
    );
  };
  const withService =
    (f: (s: SwarmService) => PromiseLike<unknown>): Handler =>
    async (arg) => {
      const s = await serviceOf(arg);
      if (s) await f(s);
    };
  const withNode =
    (f: (n: SwarmNode) => PromiseLike<unknown>): Handler =>
    async (arg) => {
      const n = await nodeOf(arg);
      if (n) await f(n);
    };
  const progress = <T>(title: string, work: () => Promise<T>) =>
    vscode.window.withProgress({ location: { viewId: 'stevedore.swarm' }, title }, work);

  const create = (kind: 'secret' | 'config'): Handler => {
    return async () => {
      await needManager();
      const name = await vscode.window.showInputBox({
        title: kind === 'secret' ? t('New secret: name') : t('New config: name'),
        validateInput: (v) => (/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/.test(v) ? undefined : t('Letters, digits, _ . -')),
      });
      if (!name) return;
      const fromFile = t('From a file…');
      const fromText = t('Type the value…');
      const how = await vscode.window.showQuickPick([fromFile, fromText], { title: t('{0}: its value', name) });
      let data: Buffer | undefined;
      if (how === fromFile) {
        const uri = await vscode.window.showOpenDialog({ canSelectMany: false, title: t('Value of {0}', name) });
        if (!uri?.[0]) return;
        data = await readFile(uri[0].fsPath);
      } else if (how === fromText) {
        const text = await vscode.window.showInputBox({ title: t('Value of {0}', name), password: kind === 'secret' });
        if (text === undefined) return;
        data = Buffer.from(text);
      }
      if (!data) return;
      if (data.length > 500 * 1024)
        throw new Error(t('{0} is {1} bytes; the engine takes at most 500 KB.', name, data.length));
      await actions().createSecret(kind, name, data);
      await view.reload();
    };
  };
  const removeSecret = (kind: 'secret' | 'config'): Handler => {
    return async (arg) => {
      const s = await secretOf(arg, kind);
      if (!s) return;
      const ok = await confirmDestructive(
        kind === 'secret' ? t('Remove secret {0}?', s.name) : t('Remove config {0}?', s.name),
        [`${kind} ${s.name} (${s.id.slice(0, 12)})`],
        [t('Remove')],
        t('The engine refuses while a service uses it. Services that use it keep their copy until they are updated.'),
      );
      if (!ok) return;
      await actions().removeSecret(kind, s.id);
      await view.reload();
    };
  };

  return {
    'stevedore.swarm.refresh': () => view.checkState().then(() => view.reload()),
    'stevedore.swarm.init': async () => {
      const st = await view.checkState();
      if (st.localState !== 'inactive')
        throw new Error(t('This engine is already part of a swarm ({0}).', st.localState));
      const init = t('Initialize Swarm');
      const ok = await vscode.window.showWarningMessage(
        t('Make this engine a swarm manager?'),
        {
          modal: true,
          detail: t(
            'The engine ({0}) becomes a one-node swarm: it listens on port 2377 for other nodes, creates the ingress network and the docker_gwbridge network, and runs services and stacks. Containers keep running. "Swarm Leave" undoes it.',
            services.engine.endpoint.host,
          ),
        },
        init,
      );
      if (ok !== init) return;
      await progress(t('Initializing the swarm'), () => actions().initSwarm());
      await view.checkState();
    },
    'stevedore.swarm.joinToken': async () => {
      await needManager();
      const tokens = await actions().joinTokens();
      const self = view.snapshot.nodes.find((n) => n.id === view.state.nodeId);
      const addr = self?.addr ? `${self.addr}:2377` : '<manager-address>:2377';
      const which = await vscode.window.showQuickPick(
        [
          { label: t('Join as a worker'), cmd: `docker swarm join --token ${tokens.worker} ${addr}` },
          { label: t('Join as a manager'), cmd: `docker swarm join --token ${tokens.manager} ${addr}` },
        ].map((x) => ({ ...x, description: x.cmd })),
        { title: t('Copy the command a new node runs') },
      );
      if (!which) return;
      await vscode.env.clipboard.writeText(which.cmd);
      void vscode.window.showInformationMessage(t('Copied: {0}', which.cmd.replace(/SWMTKN-\S+/, 'SWMTKN-…')));
    },
    'stevedore.swarm.leave': async () => {
      const st = await view.checkState();
      if (st.localState === 'inactive') throw new Error(t('This engine is not part of a swarm.'));
      const managers = view.snapshot.nodes.filter((n) => n.role === 'manager').length;
      const leave = t('Leave Swarm');
      const ok = await vscode.window.showWarningMessage(
        t('Take this engine out of its swarm?'),
        {
          modal: true,
          detail: [
            t(
              'The engine ({0}) stops being a swarm node: its tasks stop, and services, stacks, secrets and configs are no longer reachable from it.',
              services.engine.endpoint.host,
            ),
            st.manager && managers <= 1
              ? t('It is the last manager: the swarm itself (every service, secret and config) is lost.')
              : '',
          ]
            .filter(Boolean)
            .join('\n\n'),
        },
        leave,
      );
      if (ok !== leave) return;
      await progress(t('Leaving the swarm'), () => actions().leaveSwarm(st.manager));
      await view.checkState();
    },
    'stevedore.service.scale': withService(async (s) => {
      if (s.mode !== 'replicated') throw new Error(t('{0} is a {1} service: it has no replica count.', s.name, s.mode));
      const v = await vscode.window.showInputBox({
        title: t('Scale {0}', s.name),
        prompt: t('Replicas (now {0} running of {1})', s.running, s.desired),
        value: String(s.desired),
        validateInput: replicasProblem,
      });
      if (v === undefined) return;
      await progress(t('Scaling {0}', s.name), () => actions().scaleService(s.id, Number(v.trim())));
    }),
    'stevedore.service.updateImage': withService(async (s) => {
      const image = await vscode.window.showInputBox({
        title: t('Update {0}: new image (rolling)', s.name),
        value: s.image,
        validateInput: (v) => (/^[^\s]+$/.test(v) ? undefined : t('An image reference, without spaces')),
      });
      if (!image) return;
      const par = await vscode.window.showInputBox({
        title: t('Update {0}: tasks replaced at a time, and the delay between batches', s.name),
        value: '1 10s',
        validateInput: (v) =>
          /^\d+\s+\d+(ms|s|m)$/.test(v.trim()) ? undefined : t('e.g. "1 10s": parallelism, delay'),
      });
      if (!par) return;
      const m = /^(\d+)\s+(\d+)(ms|s|m)$/.exec(par.trim());
      if (!m) return;
      const [, n, d, unit] = m;
      const delayNs = Number(d) * { ms: 1e6, s: 1e9, m: 60e9 }[unit as 'ms' | 's' | 'm'];
      await progress(t('Updating {0}', s.name), () =>
        actions().updateServiceImage(s.id, image, { parallelism: Number(n), delayNs }),
      );
    }),
    'stevedore.service.rollback': withService((s) =>
      progress(t('Rolling back {0}', s.name), () => actions().rollbackService(s.id)),
    ),
    'stevedore.service.redeploy': withService((s) =>
      progress(t('Redeploying {0}', s.name), () => actions().redeployService(s.id)),
    ),
    'stevedore.service.logs': withService(async (s) => {
      const namer = taskNamer(() => view.snapshot);
      logs.show(`service ${s.name}`, {
        read: (opts) => withTaskPrefixes(actions().serviceLogs(s.id, opts), namer),
      });
    }),
    'stevedore.service.inspect': withService(async (s) => {
      const raw = (await swarmReads(services.engine).services({ id: [s.id] })).find((x) => x.ID === s.id);
      if (!raw) throw new Error(t('Service {0} is gone.', s.name));
      await docs.open(`service/${s.name}.json`, async () => JSON.stringify(raw, null, 2));
    }),
    'stevedore.service.remove': withService(async (s) => {
      const tasks = view.snapshot.tasks.filter((x) => x.serviceId === s.id && x.desiredState === 'running').length;
      const ok = await confirmDestructive(
        t('Remove service {0}?', s.name),
        [t('service {0} ({1})', s.name, s.image), t('its {0} running task(s) and their containers', tasks)],
        [t('Remove')],
        s.stack ? t('It belongs to stack {0}: deploying the stack again brings it back.', s.stack) : undefined,
      );
      if (!ok) return;
      await actions().removeService(s.id);
    }),
    'stevedore.swarmNode.promote': withNode((n) => actions().promoteNode(n.id)),
    'stevedore.swarmNode.demote': withNode((n) => actions().demoteNode(n.id)),
    'stevedore.swarmNode.drain': withNode((n) => actions().drainNode(n.id)),
    'stevedore.swarmNode.activate': withNode((n) => actions().activateNode(n.id)),
    'stevedore.swarmNode.remove': withNode(async (n) => {
      const force = n.state !== 'down';
      const ok = await confirmDestructive(
        t('Remove node {0} from the swarm?', n.hostname),
        [t('node {0} ({1}, {2})', n.hostname, n.role, n.state)],
        [t('Remove')],
        force
          ? t(
              'The node is {0}: it is removed by force, its tasks are rescheduled elsewhere, and its engine still thinks it is in the swarm until it leaves.',
              n.state,
            )
          : t('Its tasks are rescheduled on the other nodes.'),
      );
      if (!ok) return;
      await actions().removeNode(n.id, force);
    }),
    'stevedore.secret.create': create('secret'),
    'stevedore.secret.remove': removeSecret('secret'),
    'stevedore.config.create': create('config'),
    'stevedore.config.remove': removeSecret('config'),
  };
}
