// Carries out a watch plan on the engine: syncs through the archive API (deleted files are removed with an exec),
// restarts through the engine, rebuilds through compose (`up -d --build --no-deps <service>`).
import { readFile } from 'node:fs/promises';
import type { Engine } from '../engine/engine';
import type { EngineActions } from '../engine/engineActions';
import type { WatchStep } from './plan';

export interface WatchDeps {
  engine: Engine;
  actions: EngineActions;
  project: string;
  /** runs compose's up --build for one service; rejects with compose's message on failure */
  rebuild(service: string): Promise<void>;
  log(line: string): void;
  /** reads a host file; undefined when it is gone (deleted since the save) */
  read?(file: string): Promise<Buffer | undefined>;
}

const readOrGone = (f: string) => readFile(f).catch(() => undefined);

async function runningContainers(deps: WatchDeps, service: string): Promise<string[]> {
  const cs = await deps.engine.listContainers({
    all: false,
    filters: {
      label: [`com.docker.compose.project=${deps.project}`, `com.docker.compose.service=${service}`],
    },
  });
  return cs.map((c) => c.id);
}

/** Applies each step; a failing step is logged and the others still run. Returns how many steps failed. */
export async function applyWatchPlan(steps: readonly WatchStep[], deps: WatchDeps): Promise<number> {
  let failed = 0;
  for (const step of steps) {
    try {
      if (step.kind === 'rebuild') {
        deps.log(`${step.service}: rebuild (${step.files.length} file(s) changed)`);
        await deps.rebuild(step.service);
        deps.log(`${step.service}: rebuilt and recreated`);
        continue;
      }
      const ids = await runningContainers(deps, step.service);
      if (!ids.length) {
        deps.log(`${step.service}: no running container, ${step.files.length} change(s) not synced (compose up first)`);
        continue;
      }
      const read = deps.read ?? readOrGone;
      const present: { path: string; content: Buffer }[] = [];
      const gone: string[] = [];
      for (const f of step.files) {
        const content = await read(f.host);
        if (content) present.push({ path: f.container, content });
        else gone.push(f.container);
      }
      for (const id of ids) {
        await deps.actions.putFiles(id, present);
        if (gone.length) await deps.actions.execOnce(id, ['rm', '-rf', '--', ...gone]);
        if (step.restart) await deps.actions.restartContainer(id, 2);
      }
      const what = [...present.map((p) => p.path), ...gone.map((g) => `${g} (deleted)`)].join(', ');
      deps.log(`${step.service}: synced ${what}${step.restart ? ', restarted' : ''}`);
    } catch (e) {
      failed++;
      deps.log(`${step.service}: ${step.kind} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed;
}
