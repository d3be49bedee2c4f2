// The engine as the tests see it: plain HTTP on its unix socket, apart from the extension's own client,
// to set up fixtures and to check what a command really did. Everything created carries the run's label.
import * as http from 'node:http';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/core/tree/nodes';
import type { ViewName } from '../../../src/core/tree/refreshPolicy';
import { api, harness, waitFor } from './harness';

export const TEST_IMAGE = 'stevedore-test/busybox:latest';
export const runLabels = (): Record<string, string> => ({ 'stevedore.test': 'ui', 'stevedore.ui.run': harness.id });

async function socketPath(): Promise<string> {
  const host = (await api()).services.engine.endpoint.host;
  const unix = /^unix:\/\/(.+)$/.exec(host);
  if (!unix) throw new Error(`these tests need a unix-socket engine, not ${host}`);
  return unix[1]!;
}

/** One Engine API call; resolves to the status and the parsed JSON body (or the text). */
export async function engine(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const socket = await socketPath();
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath: socket,
        method,
        path,
        headers: { ...(data ? { 'Content-Type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * An image holding a container's file system and nothing of its image's config but `changes` (Dockerfile lines):
 * `docker export | docker import --change …`, so it EXPOSEs only what the test says.
 */
export async function importImage(container: string, ref: string, changes: string[]): Promise<void> {
  const socket = await socketPath();
  const [repo, tag = 'latest'] = ref.split(/:(?=[^:/]+$)/);
  const q = [
    `fromSrc=-`,
    `repo=${encodeURIComponent(repo!)}`,
    `tag=${encodeURIComponent(tag)}`,
    ...changes.map((c) => `changes=${encodeURIComponent(c)}`),
  ];
  await new Promise<void>((resolve, reject) => {
    const exp = http.get({ socketPath: socket, path: `/containers/${encodeURIComponent(container)}/export` }, (tar) => {
      if (tar.statusCode !== 200) return reject(new Error(`export ${container}: ${tar.statusCode}`));
      const imp = http.request(
        {
          socketPath: socket,
          method: 'POST',
          path: `/images/create?${q.join('&')}`,
          headers: { 'Content-Type': 'application/x-tar' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () =>
            res.statusCode === 200 && !text.includes('"error"')
              ? resolve()
              : reject(new Error(`import ${ref}: ${res.statusCode} ${text.slice(0, 300)}`)),
          );
        },
      );
      imp.on('error', reject);
      tar.pipe(imp);
    });
    exp.on('error', reject);
  });
}

/** GET that must succeed. */
export async function get(path: string): Promise<any> {
  const res = await engine('GET', path);
  if (res.status >= 300) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A labelled container that stops at once on SIGTERM; started unless `start` is false. */
export async function createContainer(name: string, opts: { start?: boolean; network?: string } = {}): Promise<string> {
  const res = await engine('POST', `/containers/create?name=${encodeURIComponent(name)}`, {
    Image: TEST_IMAGE,
    Cmd: ['sh', '-c', 'trap "exit 0" TERM; sleep 300 & wait'],
    Labels: runLabels(),
    HostConfig: { NetworkMode: opts.network ?? 'none' },
  });
  if (res.status !== 201) throw new Error(`create ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  if (opts.start !== false) {
    const started = await engine('POST', `/containers/${res.body.Id}/start`);
    if (started.status >= 300) throw new Error(`start ${name}: ${started.status} ${JSON.stringify(started.body)}`);
  }
  return res.body.Id as string;
}

export const removeContainer = (idOrName: string) =>
  engine('DELETE', `/containers/${encodeURIComponent(idOrName)}?force=1&v=1`);
export const containerState = async (idOrName: string): Promise<string> =>
  (await get(`/containers/${encodeURIComponent(idOrName)}/json`)).State.Status;

function* walk(nodes: readonly TreeNode[]): Generator<TreeNode> {
  for (const n of nodes) {
    yield n;
    if (n.children) yield* walk(n.children);
  }
}

/**
 * The view's node for `name` (a container, image tag, volume or network) as the tree hands it to a
 * command, once `ready` holds for it (e.g. the view has caught up with a state change).
 */
export async function treeNode(
  view: ViewName,
  name: string,
  ready: (n: TreeNode) => boolean = () => true,
): Promise<TreeNode> {
  const views = (await api()).views;
  return waitFor(`${name} in the ${view} view`, async () => {
    await views[view].refresh();
    return [...walk(await views[view].nodes())].find((n) => nameOf(n) === name && ready(n));
  });
}

function nameOf(n: TreeNode): string | undefined {
  switch (n.kind) {
    case 'container':
    case 'volume':
    case 'network':
      return n.record.name;
    case 'image':
      return n.tag;
    default:
      return undefined;
  }
}

/** The record's state of a container node. */
export const stateOf = (n: TreeNode): string | undefined => (n.kind === 'container' ? n.record.state : undefined);

/** Text of the editor tab opened last with a label containing `title`. */
export async function editorText(title: string): Promise<string> {
  return waitFor(`an editor titled ${title}`, () => {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && decodeURIComponent(doc.uri.path).includes(title) ? doc.getText() : undefined;
  });
}

export async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
