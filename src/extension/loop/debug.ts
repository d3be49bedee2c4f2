// The `stevedore` debug type: builds the image, runs it with the debug port published on 127.0.0.1, and hands
// over to the built-in debugger (`node`, or `debugpy` attach) with localRoot/remoteRoot read from the Dockerfile.
// The container is removed when the debug session ends. Why Node.js is a launch of `docker logs`, not an attach:
// see sessionConfiguration.
import { readFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cliEnvChanges } from '../../core/commands/dockerCli';
import {
  DEFAULT_DEBUG_PORT,
  debugRunChanges,
  sessionConfiguration,
  type LogFollower,
  type StevedoreLaunch,
} from '../../core/debug/launch';
import { pathMapping } from '../../core/debug/pathMapping';
import { actionsFor } from '../../core/engine/actions';
import { dockerCandidates } from '../../core/engine/buildCli';
import type { Services } from '../services';

const t = vscode.l10n.t;

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.setTimeout(500, () => {
      s.destroy();
      resolve(false);
    });
  });
}

async function start(services: Services, folder: string, launch: StevedoreLaunch, token: vscode.CancellationToken) {
  const actions = actionsFor(services.engine);
  const platform = launch.platform ?? 'node';
  const cli = dockerCandidates()[0];
  if (platform === 'node' && !cli)
    throw new Error(t('the docker CLI was not found on PATH: the Node.js session follows the app through it'));
  const logs: LogFollower = { command: cli ?? 'docker', env: cliEnvChanges(services.engine.endpoint) };
  const dockerfile = path.resolve(folder, launch.dockerfile ?? 'Dockerfile');
  const contextDir = path.resolve(folder, launch.context ?? path.dirname(path.relative(folder, dockerfile)));
  const tag =
    launch.tag ??
    `${
      path
        .basename(folder)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-') || 'app'
    }:debug`;
  const ac = new AbortController();
  token.onCancellationRequested(() => ac.abort());
  for await (const e of actions.buildImage({
    contextDir,
    dockerfile: path.relative(contextDir, dockerfile),
    tags: [tag],
    ...(launch.labels ? { labels: launch.labels } : {}),
    signal: ac.signal,
  }))
    if (e.stream) services.output.info(e.stream.trimEnd());
  const debugPort = launch.debugPort ?? DEFAULT_DEBUG_PORT[platform];
  const image = (await actions.inspectRaw('image', tag)) as { Config?: { Cmd?: string[] | null } };
  const changes = debugRunChanges(platform, debugPort, image.Config?.Cmd ?? []);
  const id = await actions.runContainer({
    image: tag,
    ports: [debugPort, ...(launch.ports ?? [])].map((p, i) => ({
      containerPort: p,
      protocol: 'tcp' as const,
      hostIp: '127.0.0.1',
      ...(i > 0 ? { hostPort: p } : {}),
    })),
    env: [...changes.env, ...Object.entries(launch.env ?? {}).map(([k, v]) => `${k}=${v}`)],
    volumes: [],
    restart: 'no',
    autoRemove: false,
    tty: false,
    interactive: false,
    labels: { ...launch.labels, 'stevedore.debug': launch.name },
    ...(changes.cmd ? { cmd: changes.cmd } : {}),
  });
  try {
    const [summary] = await services.engine.listContainers({ all: true, filters: { id: [id] } });
    const hostPort = summary?.ports.find((p) => p.privatePort === debugPort && p.publicPort)?.publicPort;
    if (!hostPort) throw new Error(t('the engine did not publish the debug port {0}', debugPort));
    const end = Date.now() + 15000;
    while (!(await portOpen(hostPort))) {
      if (Date.now() > end || token.isCancellationRequested)
        throw new Error(t('nothing listens on the debug port {0} in the container (see its logs)', debugPort));
      await new Promise((r) => setTimeout(r, 200));
    }
    let mapping;
    try {
      mapping = pathMapping(readFileSync(dockerfile, 'utf8'));
    } catch {
      mapping = undefined;
    }
    return sessionConfiguration(launch, hostPort, contextDir, mapping, id, logs) as vscode.DebugConfiguration;
  } catch (e) {
    await actions.removeContainer(id, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** The debugger each platform hands over to: its debug type and the extension that contributes it. */
const DEBUGGERS = {
  node: { type: 'node', extension: 'ms-vscode.js-debug', name: 'JavaScript Debugger' },
  python: { type: 'debugpy', extension: 'ms-python.debugpy', name: 'Python Debugger' },
} as const;

/** Whether an installed extension contributes the debug type `type`. */
function hasDebugger(type: string): boolean {
  return vscode.extensions.all.some((e) =>
    ((e.packageJSON as { contributes?: { debuggers?: { type?: string }[] } }).contributes?.debuggers ?? []).some(
      (d) => d.type === type,
    ),
  );
}

export function registerDebug(services: Services): vscode.Disposable[] {
  const provider: vscode.DebugConfigurationProvider = {
    provideDebugConfigurations: () => [
      { type: 'stevedore', request: 'launch', name: 'Debug in Container (Node.js)', platform: 'node' },
    ],
    // resolved before variable substitution: the `node` configuration returned then goes through js-debug's own
    // resolvers (a type changed in the substitution phase would not)
    resolveDebugConfiguration: async (folder, config, token) => {
      const root = folder?.uri.fsPath ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      if (!root) {
        void vscode.window.showErrorMessage(t('Debug in Container needs a workspace folder with a Dockerfile.'));
        return undefined;
      }
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showErrorMessage(t('Debug in Container builds and runs this workspace: trust it first.'));
        return undefined;
      }
      const launch = { ...config, name: config.name || 'Debug in Container' } as StevedoreLaunch;
      // before anything is built: the debugger the session hands over to must be there
      const platform = launch.platform ?? 'node';
      if (!Object.hasOwn(DEBUGGERS, platform)) {
        void vscode.window.showErrorMessage(
          t('Debug in Container: "platform" is node or python, not {0}. Change it in launch.json.', String(platform)),
        );
        return undefined;
      }
      const debuggerFor = DEBUGGERS[platform];
      if (!hasDebugger(debuggerFor.type)) {
        const show = t('Show Extension');
        void vscode.window
          .showErrorMessage(
            t(
              'Debug in Container ({0}) needs the {1} extension ({2}), which is not installed. Install it, then start again.',
              platform,
              debuggerFor.name,
              debuggerFor.extension,
            ),
            show,
          )
          .then((c) =>
            c === show
              ? vscode.commands.executeCommand('workbench.extensions.search', `@id:${debuggerFor.extension}`)
              : undefined,
          );
        return undefined;
      }
      try {
        return await vscode.window.withProgress(
          {
            location: vscode.ProgressLocation.Notification,
            title: t('Building and starting {0}…', launch.name),
            cancellable: true,
          },
          (_p, cancel) => start(services, root, launch, token ?? cancel),
        );
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        services.output.error(`debug in a container: ${msg}`);
        void vscode.window.showErrorMessage(t('Debug in Container failed: {0}', msg));
        return undefined;
      }
    },
  };
  return [
    vscode.debug.registerDebugConfigurationProvider('stevedore', provider),
    vscode.debug.onDidStartDebugSession((s) => {
      if (typeof (s.configuration as { stevedoreContainer?: unknown }).stevedoreContainer === 'string')
        void vscode.commands.executeCommand('setContext', 'stevedore.debugged', true);
    }),
    vscode.debug.onDidTerminateDebugSession((s) => {
      const id = (s.configuration as { stevedoreContainer?: unknown }).stevedoreContainer;
      if (typeof id !== 'string') return;
      void actionsFor(services.engine)
        .removeContainer(id, { force: true })
        .catch((e: unknown) => services.output.warn(`could not remove debug container ${id}: ${String(e)}`));
    }),
  ];
}
