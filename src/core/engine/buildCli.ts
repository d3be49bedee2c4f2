// Which docker CLI builds with BuildKit here. `docker buildx build` where a CLI has the buildx plugin; otherwise
// a CLI older than 23.0, whose `docker build` carries BuildKit itself (DOCKER_BUILDKIT=1). A newer CLI without
// buildx cannot: its `docker build` refuses BuildKit ("the buildx component is missing"). Candidates are every
// `docker` on PATH, in order, then /usr/bin/docker (where distributions install the CLI shipped with their engine).
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { EngineVersion } from './types';

export interface BuildCli {
  command: string;
  /** argv before the build flags: ["buildx", "build"] or ["build"] */
  prefix: string[];
  kind: 'buildx' | 'builtin';
  /** extra environment (DOCKER_BUILDKIT=1 for the built-in builder) */
  env: Record<string, string>;
  /** the CLI's version, e.g. "20.10.24+dfsg1" */
  version: string;
}

export interface BuildCliProbe {
  cli?: BuildCli;
  /** each candidate and why it was or was not taken, for the log and for errors */
  notes: string[];
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile(command, argv, { env, timeout: 10_000 }, (err, stdout, stderr) =>
      resolve({ ok: !err, out: `${stdout}${stderr}`.trim() }),
    );
  });
}

export function dockerCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const p = join(dir, 'docker');
    try {
      accessSync(p, constants.X_OK);
      if (!out.includes(p)) out.push(p);
    } catch {
      // not here
    }
  }
  if (!out.includes('/usr/bin/docker'))
    try {
      accessSync('/usr/bin/docker', constants.X_OK);
      out.push('/usr/bin/docker');
    } catch {
      // no distribution CLI
    }
  return out;
}

/** "Docker version 20.10.24+dfsg1, build 297e128" → "20.10.24+dfsg1" */
export function cliVersion(text: string): string | undefined {
  return /version (v?[0-9][^\s,]*)/i.exec(text)?.[1];
}

/** The first candidate that can build with BuildKit (probes run the CLIs locally; none contacts the engine). */
export async function probeBuildCli(env: NodeJS.ProcessEnv = process.env): Promise<BuildCliProbe> {
  const notes: string[] = [];
  for (const command of dockerCandidates(env)) {
    const v = await run(command, ['--version'], env);
    const version = cliVersion(v.out);
    if (!v.ok || !version) {
      notes.push(`${command}: does not run (${v.out.slice(0, 200) || 'no output'})`);
      continue;
    }
    const bx = await run(command, ['buildx', 'version'], env);
    if (bx.ok) {
      notes.push(`${command} ${version}: buildx ${bx.out.split('\n')[0]}`);
      return { cli: { command, prefix: ['buildx', 'build'], kind: 'buildx', env: {}, version }, notes };
    }
    const major = Number(version.replace(/^v/, '').split('.')[0]);
    if (major < 23) {
      notes.push(`${command} ${version}: BuildKit built into docker build`);
      return { cli: { command, prefix: ['build'], kind: 'builtin', env: { DOCKER_BUILDKIT: '1' }, version }, notes };
    }
    notes.push(`${command} ${version}: no buildx plugin, and docker build from 23.0 on needs it for BuildKit`);
  }
  if (!notes.length) notes.push('no docker CLI on PATH or at /usr/bin/docker');
  return { notes };
}

/** Why the engine cannot run BuildKit builds (classic builder only), or undefined when it can. */
export function engineWithoutBuildKit(v: EngineVersion): string | undefined {
  if (/podman/i.test(v.platform ?? '')) return `${v.platform ?? 'Podman'} has no BuildKit endpoint`;
  if (v.os && v.os !== 'linux') return `BuildKit does not run on a ${v.os} engine`;
  const [maj = 0, min = 0] = v.apiVersion.split('.').map(Number);
  if (maj < 1 || (maj === 1 && min < 39))
    return `Engine API ${v.apiVersion} predates BuildKit (Docker 18.09, API 1.39)`;
  return undefined;
}
