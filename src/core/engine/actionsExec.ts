// exec: an interactive TTY session (for the shell terminal) and one-off commands with demuxed output.
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type Dockerode from 'dockerode';
import type { Engine } from './engine';
import { display } from './actionsContainers';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { demux } from './actionsStreams';
import type { ExecResult, TtySession } from './actionsTypes';
import { pathSegment } from './pathSegment';

export interface ExecOptions {
  user?: string;
  workingDir?: string;
  env?: string[];
  signal?: AbortSignal;
}

/** Runs `cmd` (argv) to completion and returns its exit code with stdout and stderr kept apart; on abort, stops it. */
export async function execOnce(engine: Engine, id: string, cmd: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const docker = dockerOf(engine);
  const what = `Run "${cmd.join(' ')}" in ${display(id)}`;
  // the Engine API cannot signal an exec: this marker in its environment lets a second exec find and stop it
  const marker = `STEVEDORE_EXEC=${randomBytes(12).toString('hex')}`;
  try {
    const exec = await docker.getContainer(pathSegment('container', id)).exec({
      Cmd: cmd,
      AttachStdout: true,
      AttachStderr: true,
      AttachStdin: false,
      Tty: false,
      User: opts.user,
      WorkingDir: opts.workingDir,
      Env: [...(opts.env ?? []), ...(opts.signal ? [marker] : [])],
    });
    const stream = (await exec.start({ hijack: true, stdin: false })) as Duplex;
    const abort = () => stream.destroy();
    opts.signal?.addEventListener('abort', abort, { once: true });
    if (opts.signal?.aborted) abort();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    try {
      for await (const c of demux(stream)) (c.stream === 'stderr' ? err : out).push(c.data);
    } catch (e) {
      if (!opts.signal?.aborted) throw e;
    } finally {
      opts.signal?.removeEventListener('abort', abort);
    }
    const text = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
    if (opts.signal?.aborted) {
      const cancelled = await stopExec(docker, id, exec, marker);
      return { exitCode: -1, ...text, cancelled };
    }
    const info = await exec.inspect();
    return { exitCode: info.ExitCode ?? -1, ...text };
  } catch (e) {
    throw toActionError(e, what);
  }
}

const stopScript =
  'for p in /proc/[0-9]*; do grep -q "$2" "$p/environ" 2>/dev/null && kill "-$1" "${p#/proc/}" 2>/dev/null; done; true';

/** Stops a cancelled exec (TERM, then KILL) through the container's own sh; reports honestly when it cannot. */
async function stopExec(
  docker: Dockerode,
  id: string,
  exec: Dockerode.Exec,
  marker: string,
): Promise<{ stopped: boolean; reason?: string }> {
  const running = async () => !!(await exec.inspect().catch(() => undefined))?.Running;
  for (const signal of ['TERM', 'KILL']) {
    if (!(await running())) return { stopped: true };
    try {
      const killer = await docker
        .getContainer(pathSegment('container', id))
        .exec({ Cmd: ['sh', '-c', stopScript, 'sh', signal, marker], AttachStdout: true, AttachStderr: true });
      const s = (await killer.start({ hijack: true, stdin: false })) as Duplex;
      for await (const _ of demux(s)) void _;
      const info = await killer.inspect();
      if (info.ExitCode !== 0) return { stopped: false, reason: 'the container has no usable sh to stop it with' };
    } catch {
      return { stopped: false, reason: 'the container has no sh to stop it with' };
    }
    for (let i = 0; i < 20 && (await running()); i++) await new Promise((r) => setTimeout(r, 100));
  }
  return (await running()) ? { stopped: false, reason: 'it ignored TERM and KILL' } : { stopped: true };
}

/** Picks the shell for "Attach Shell": the preferred one (default bash) if present, else sh. */
export async function pickShell(engine: Engine, id: string, preferred = 'bash'): Promise<string> {
  if (preferred === 'sh' || preferred === '/bin/sh') return preferred;
  const probe = await execOnce(engine, id, ['/bin/sh', '-c', 'command -v "$1"', 'sh', preferred]).catch(
    () => undefined,
  );
  const found = probe?.exitCode === 0 ? probe.stdout.trim().split('\n')[0] : undefined;
  return found || (probe ? 'sh' : preferred);
}

/** An interactive exec with a TTY: one duplex stream, resizable; `exited` resolves with the exit code. */
export async function execTty(
  engine: Engine,
  id: string,
  cmd: string[],
  opts: ExecOptions & { cols?: number; rows?: number } = {},
): Promise<TtySession> {
  const docker = dockerOf(engine);
  try {
    const exec = await docker.getContainer(pathSegment('container', id)).exec({
      Cmd: cmd,
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: true,
      User: opts.user,
      WorkingDir: opts.workingDir,
      Env: ['TERM=xterm-256color', ...(opts.env ?? [])],
    });
    const stream = (await exec.start({ hijack: true, stdin: true, Tty: true } as never)) as Duplex;
    const resize = async (cols: number, rows: number) => {
      if (cols > 0 && rows > 0) await exec.resize({ w: cols, h: rows }).catch(() => undefined);
    };
    if (opts.cols && opts.rows) await resize(opts.cols, opts.rows);
    const exited = new Promise<number>((resolve) => {
      const done = () =>
        void exec.inspect().then(
          (i) => resolve(i.ExitCode ?? 0),
          () => resolve(-1),
        );
      stream.once('end', done);
      stream.once('close', done);
    });
    return {
      output: stream as AsyncIterable<Buffer>,
      write: (data) => {
        if (!stream.destroyed) stream.write(data);
      },
      resize,
      exited,
      close: () => stream.destroy(),
    };
  } catch (e) {
    throw toActionError(e, `Open a terminal in ${display(id)}`);
  }
}

/** Attach to the main process (`docker attach`), with a TTY when the container has one. */
export async function attachContainer(engine: Engine, id: string): Promise<TtySession> {
  const docker = dockerOf(engine);
  try {
    const c = docker.getContainer(pathSegment('container', id));
    const info = await c.inspect();
    const tty = !!info.Config?.Tty;
    const stream = (await c.attach({
      stream: true,
      stdin: !!info.Config?.OpenStdin,
      stdout: true,
      stderr: true,
      hijack: true,
    } as never)) as unknown as Duplex;
    const output = tty
      ? (stream as AsyncIterable<Buffer>)
      : (async function* () {
          for await (const ch of demux(stream)) yield ch.data;
        })();
    // a created container (docker run -it attaches before starting) has not run yet: wait for its first exit
    const exited = c.wait({ condition: info.State?.Running ? 'not-running' : 'next-exit' } as object).then(
      (r: { StatusCode?: number }) => r.StatusCode ?? 0,
      () => -1,
    );
    return {
      output,
      write: (data) => {
        if (!stream.destroyed) stream.write(data);
      },
      resize: async (cols, rows) => {
        if (tty && cols > 0 && rows > 0) await c.resize({ w: cols, h: rows }).catch(() => undefined);
      },
      exited,
      close: () => stream.destroy(),
    };
  } catch (e) {
    throw toActionError(e, `Attach to ${display(id)}`);
  }
}
