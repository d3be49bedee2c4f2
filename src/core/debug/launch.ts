// The `stevedore` launch configuration: what it asks for, and the attach configuration of the built-in debugger
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

export function attachConfiguration(
  launch: StevedoreLaunch,
  hostPort: number,
  contextDir: string,
  mapping: PathMapping | undefined,
  containerId: string,
): Record<string, unknown> {
  const localRoot = launch.localRoot ?? path.join(contextDir, mapping?.localRoot ?? '');
  const remoteRoot = launch.remoteRoot ?? mapping?.remoteRoot ?? '/';
  const common = { name: launch.name, request: 'attach', stevedoreContainer: containerId };
  if ((launch.platform ?? 'node') === 'python')
    return {
      ...common,
      type: 'debugpy',
      connect: { host: '127.0.0.1', port: hostPort },
      pathMappings: [{ localRoot, remoteRoot }],
      justMyCode: true,
    };
  return {
    ...common,
    type: 'node',
    address: '127.0.0.1',
    port: hostPort,
    localRoot,
    remoteRoot,
    skipFiles: ['<node_internals>/**'],
    restart: false,
  };
}
