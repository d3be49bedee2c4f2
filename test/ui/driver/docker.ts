// The test engine, driven through the docker CLI with argv arrays (never a shell string).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const TEST_IMAGE = 'stevedore-test/busybox:latest';

export async function docker(...args: string[]): Promise<string> {
  const { stdout } = await run(process.env.DOCKER ?? 'docker', args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

/** Labels every fixture carries: the area's label and this run's id, so cleanup removes only ours. */
export const labels = (id: string) => ['--label', 'stevedore.test=ui', '--label', `stevedore.ui.run=${id}`];

/** A running container that stops at once on SIGTERM (a bare `sleep` as PID 1 ignores it for 10 s). */
export async function runContainer(id: string, name: string, script = 'sleep 300'): Promise<string> {
  // --network none: the test engine may run without the default bridge
  return docker(
    'run',
    '-d',
    ...labels(id),
    '--name',
    name,
    '--network',
    'none',
    TEST_IMAGE,
    'sh',
    '-c',
    `trap "exit 0" TERM; (${script}) & wait`,
  );
}

/** The compose CLI as the extension finds it: `docker compose`, else `docker-compose`. */
export async function compose(...args: string[]): Promise<string> {
  const v2 = await docker('compose', 'version').then(
    () => true,
    () => false,
  );
  const { stdout } = await run(v2 ? 'docker' : 'docker-compose', v2 ? ['compose', ...args] : args);
  return stdout.trim();
}

/** A two-service compose project `<prefix>-shop`, everything labelled with the run. */
function shopCompose(id: string): string {
  const labels = `\n    labels: { stevedore.test: ui, stevedore.ui.run: "${id}" }`;
  const service = (cmd: string) =>
    `\n    image: ${TEST_IMAGE}\n    command: ["sh", "-c", "trap 'exit 0' TERM; ${cmd} & wait"]${labels}`;
  return (
    `version: "3.8"\nservices:\n  web:${service('httpd -f -p 8080')}\n  cache:${service('sleep 300')}\n` +
    `networks:\n  default:${labels}\n`
  );
}

/** A one-service compose file (`web`), everything labelled with the run: for the UI to bring up. */
export function appCompose(id: string): string {
  const labels = `\n    labels: { stevedore.test: ui, stevedore.ui.run: "${id}" }`;
  return (
    `services:\n  web:\n    image: ${TEST_IMAGE}\n    command: ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]${labels}\n` +
    `networks:\n  default:${labels}\n`
  );
}

export async function composeUp(id: string, project: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-ui-compose-'));
  try {
    fs.writeFileSync(path.join(dir, 'compose.yaml'), shopCompose(id));
    await compose('-p', project, '-f', path.join(dir, 'compose.yaml'), 'up', '-d');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A container, a volume, a network, an image tag and a compose project named `<prefix>…`. */
export async function createFixtures(id: string, prefix: string): Promise<void> {
  await composeUp(id, `${prefix}-shop`);
  await docker('volume', 'create', ...labels(id), `${prefix}-vol`);
  await docker('network', 'create', ...labels(id), `${prefix}-net`);
  await docker('tag', TEST_IMAGE, `${prefix}:latest`);
  await docker(
    'run',
    '-d',
    ...labels(id),
    '--name',
    `${prefix}-c1`,
    '--network',
    `${prefix}-net`,
    '-v',
    `${prefix}-vol:/data`,
    TEST_IMAGE,
    'sleep',
    '300',
  );
}

/** Removes what carries this run's label (and the run's image tag); never anything else. */
export async function removeFixtures(id: string, prefix: string): Promise<void> {
  const filter = `label=stevedore.ui.run=${id}`;
  const ids = (out: string) => out.split('\n').filter(Boolean);
  const containers = ids(await docker('ps', '-aq', '--filter', filter).catch(() => ''));
  if (containers.length) await docker('rm', '-f', '-v', ...containers).catch(() => undefined);
  const volumes = ids(await docker('volume', 'ls', '-q', '--filter', filter).catch(() => ''));
  if (volumes.length) await docker('volume', 'rm', '-f', ...volumes).catch(() => undefined);
  const networks = ids(await docker('network', 'ls', '-q', '--filter', filter).catch(() => ''));
  if (networks.length) await docker('network', 'rm', ...networks).catch(() => undefined);
  await docker('rmi', `${prefix}:latest`).catch(() => undefined); // untags only: the test image stays
}
