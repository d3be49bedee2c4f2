// The real language server (dist/server.js) for the LSP tests that need a workspace folder: started through the fuzz
// driver's Server, initialized on `dir` with the trust given, ready for didOpen.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
// @ts-expect-error plain ESM shared with scripts/fuzz.mjs, no type declarations
import { Server } from '../fuzz/drive.mjs';

export const root = join(__dirname, '../..');

export interface ServerReport {
  exits: unknown[];
  lintFailures: unknown[];
}

/** What the tests use of the fuzz driver's Server. */
export interface RealServer {
  conn: {
    sendRequest(method: string, params?: unknown): Promise<unknown>;
    sendNotification(method: string, params?: unknown): Promise<void>;
  };
  /** the next diagnostics published for a URI at a version resolve the waiter set for it */
  waiters: Map<string, { version: number; resolve: (diagnostics: never) => void }>;
  stop(): void;
}

/** A server on the workspace `dir`, initialized; its `report` collects exits and lint failures. */
export async function startServer(
  dir: string,
  trusted: boolean,
): Promise<{ server: RealServer; report: ServerReport }> {
  const report: ServerReport = { exits: [], lintFailures: [] };
  const server: RealServer = new Server(join(root, 'dist/server.js'), report, dir);
  await server.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'w' }],
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { trusted },
  });
  await server.conn.sendNotification('initialized', {});
  return { server, report };
}
