// The `stevedore` launch configuration: what it asks for, and the configuration of the built-in debugger
// (`node` for Node.js, `debugpy` for Python) once the container runs with its debug port published.
import * as path from 'node:path';
import type { PathMapping } from './pathMapping';

export type DebugPlatform = 'node' | 'python';

export interface StevedoreLaunch {
  type: 'stevedore';
  request: 'launch';
  name: string;
  platform?: DebugPlatform;
  /** relative to the workspace folder */
  dockerfile?: string;
  context?: string;
  tag?: string;
  /** app ports published on 127.0.0.1 (same number) */
  ports?: number[];
  /** the debugger's port in the container (node 9229, debugpy 5678) */
  debugPort?: number;
  env?: Record<string, string>;
  labels?: Record<string, string>;
  /** overrides of the mapping read from the Dockerfile */
  localRoot?: string;
  remoteRoot?: string;
}

export const DEFAULT_DEBUG_PORT: Record<DebugPlatform, number> = { node: 9229, python: 5678 };

/** Environment and command changes that make the app listen for a debugger. */
export function debugRunChanges(
  platform: DebugPlatform,
  port: number,
  imageCmd: readonly string[],
): { env: string[]; cmd?: string[] } {
  if (platform === 'node') return { env: [`NODE_OPTIONS=--inspect=0.0.0.0:${port}`] };
  // python: debugpy must be installed in the image (pip install debugpy); the app runs under it
  const args = imageCmd[0]?.startsWith('python') ? imageCmd.slice(1) : imageCmd;
  return { env: [], cmd: ['python', '-m', 'debugpy', '--listen', `0.0.0.0:${port}`, ...args] };
}

/** The docker CLI that follows the container's output for the session: its command and environment changes. */
export interface LogFollower {
  command: string;
  /** what to change in the environment (null unsets), so the CLI talks to the window's engine */
  env: Record<string, string | null>;
}

/**
 * The built-in debugger's configuration for the running container.
 *
 * Node.js is a `node` **launch** of `docker logs --follow <container>` with `attachSimplePort` on the published
 * inspector port, not a `node` attach: when an attach session is stopped, the built-in debugger kills the process
 * tree of the target's `process.pid` on this machine, and inside a container that pid means something else here
 * (1 for an app that is the container's first process: every process of the user). A launch stops only the
 * process it started, the `docker logs` client, and the app's output shows in the Debug Console. `console` stays
 * `internalConsole`: a terminal launch would kill the target's pid too.
 */
export function sessionConfiguration(
  launch: StevedoreLaunch,
  hostPort: number,
  contextDir: string,
  mapping: PathMapping | undefined,
  containerId: string,
  logs: LogFollower,
): Record<string, unknown> {
  const localRoot = launch.localRoot ?? path.join(contextDir, mapping?.localRoot ?? '');
  const remoteRoot = launch.remoteRoot ?? mapping?.remoteRoot ?? '/';
  const common = { name: launch.name, stevedoreContainer: containerId };
  if ((launch.platform ?? 'node') === 'python')
    return {
      ...common,
      type: 'debugpy',
      request: 'attach',
      connect: { host: '127.0.0.1', port: hostPort },
      pathMappings: [{ localRoot, remoteRoot }],
      justMyCode: true,
    };
  return {
    ...common,
    type: 'node',
    request: 'launch',
    runtimeExecutable: logs.command,
    runtimeArgs: ['logs', '--follow', containerId],
    env: logs.env,
    cwd: contextDir,
    attachSimplePort: hostPort,
    console: 'internalConsole',
    autoAttachChildProcesses: false,
    localRoot,
    remoteRoot,
    skipFiles: ['<node_internals>/**'],
    restart: false,
  };
}
