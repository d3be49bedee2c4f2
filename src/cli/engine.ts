// `stevedore engine`: which endpoint, why that one, and what answers there — the first thing to run when nothing connects.
import { parseArgs } from 'node:util';
import { createEngine, isEngineError, resolveEndpoint, type Engine, type ResolvedEndpoint } from '../core/engine/index';
import { DockerodeEngine } from '../core/engine/DockerodeEngine';

const USAGE = `usage: stevedore engine [--host URL | --context NAME] [--json]

Shows the Docker endpoint Stevedore resolves (setting/--host > --context > DOCKER_HOST > DOCKER_CONTEXT >
the Docker CLI current context > the default socket > Podman's socket), where it came from, the engine and
API versions, and how many containers, images, volumes and networks it has. Exits 1 when no engine answers.
`;

interface Report {
  endpoint: string;
  source: ResolvedEndpoint['source'];
  reason: string;
  context?: string;
  tls?: { verify: boolean; certDir?: string };
  engine?: {
    version: string;
    apiVersion: string;
    negotiatedApiVersion: string;
    minApiVersion?: string;
    platform?: string;
    os: string;
    arch: string;
    operatingSystem: string;
  };
  counts?: { containers: number; running: number; images: number; volumes: number; networks: number };
  error?: { kind: string; message: string };
}

function print(r: Report, out: (s: string) => void): void {
  const row = (k: string, v: string): void => out(`${`${k}:`.padEnd(12)}${v}\n`);
  row('Endpoint', r.endpoint);
  row('Source', `${r.source} (${r.reason})`);
  if (r.context) row('Context', r.context);
  if (r.tls)
    row(
      'TLS',
      `${r.tls.verify ? 'verify server certificate' : 'no verification'}${r.tls.certDir ? ` (certs in ${r.tls.certDir})` : ''}`,
    );
  if (r.engine) {
    const e = r.engine;
    row('Engine', `${e.platform ?? 'Docker Engine'} ${e.version}`);
    row(
      'API',
      `${e.apiVersion}${e.minApiVersion ? ` (minimum ${e.minApiVersion})` : ''}, using ${e.negotiatedApiVersion}`,
    );
    row('OS/Arch', `${e.os}/${e.arch}${e.operatingSystem ? ` (${e.operatingSystem})` : ''}`);
  }
  if (r.counts) {
    const c = r.counts;
    row('Containers', `${c.containers} (${c.running} running)`);
    row('Images', String(c.images));
    row('Volumes', String(c.volumes));
    row('Networks', String(c.networks));
  }
}

export async function runEngineCommand(args: string[]): Promise<number> {
  let values: { host?: string; context?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: 'string', short: 'H' },
        context: { type: 'string', short: 'c' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`stevedore engine: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let endpoint: ResolvedEndpoint;
  try {
    endpoint = await resolveEndpoint({ setting: values.host, context: values.context });
  } catch (e) {
    process.stderr.write(`stevedore engine: ${(e as Error).message}\n`);
    return 1;
  }
  const report: Report = {
    endpoint: endpoint.host,
    source: endpoint.source,
    reason: endpoint.reason,
    context: endpoint.context,
    tls: endpoint.tls && { verify: endpoint.tls.verify, certDir: endpoint.tls.dir },
  };
  let engine: Engine | undefined;
  try {
    engine = createEngine(endpoint);
    const version = await engine.version();
    const [info, containers, images, volumes, networks] = await Promise.all([
      engine.info(),
      engine.listContainers({ all: true }),
      engine.listImages(),
      engine.listVolumes(),
      engine.listNetworks(),
    ]);
    const negotiated = engine instanceof DockerodeEngine ? await engine.apiVersion() : version.apiVersion;
    report.engine = { ...version, negotiatedApiVersion: negotiated, operatingSystem: info.os };
    report.counts = {
      containers: containers.length,
      running: containers.filter((c) => c.state === 'running').length,
      images: images.length,
      volumes: volumes.length,
      networks: networks.length,
    };
  } catch (e) {
    report.error = { kind: isEngineError(e) ? e.kind : 'unknown', message: e instanceof Error ? e.message : String(e) };
  } finally {
    engine?.dispose();
  }
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else print(report, (s) => process.stdout.write(s));
  if (report.error) {
    process.stderr.write(`stevedore engine: ${report.error.message}\n`);
    return 1;
  }
  return 0;
}
