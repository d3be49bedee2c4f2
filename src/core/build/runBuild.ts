// One build, start to end: BuildKit through the CLI when the engine and a CLI allow it, else the Engine API's
// classic builder (saying so); the failing instruction located in the Dockerfile for a diagnostic.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { actionsFor, builtImageId } from '../engine/actions';
import { engineWithoutBuildKit, probeBuildCli, type BuildCli } from '../engine/buildCli';
import { runBuildKit, type BuildRun } from '../engine/buildKit';
import type { Engine } from '../engine/engine';
import type { BuildForm } from './buildForm';
import { dockerfileShape, instructionForStep, type DockerfileShape, type StageInstruction } from './dockerfileStages';
import { PlainProgress, type BuildStep, type ProgressUpdate } from './plainProgress';
import { platformsRefusal, type BuilderKind } from './platforms';

export interface BuildFailure {
  message: string;
  /** where the diagnostic goes, when the failure is an instruction's */
  instruction?: StageInstruction;
}

export interface BuildOutcome extends BuildRun {
  /** why BuildKit was not used, when the classic builder ran */
  classicReason?: string;
  failure?: BuildFailure;
  /** each Dockerfile step's instruction, for layer and cache display */
  stepLines: { instruction: StageInstruction; cached: boolean; seconds?: number }[];
}

export interface RunBuildOptions {
  signal?: AbortSignal;
  onUpdate?: (u: ProgressUpdate) => void;
  /** override the CLI probe (tests, benchmarks) */
  cli?: BuildCli | null;
  env?: NodeJS.ProcessEnv;
}

let probed: Promise<BuildCli | undefined> | undefined;
/** The probe runs once per process: CLIs on PATH do not change while it runs. */
function buildCli(): Promise<BuildCli | undefined> {
  probed ??= probeBuildCli().then((p) => p.cli);
  return probed;
}

/** Per engine, whether it lacks BuildKit: an engine's version does not change while this process talks to it. */
const engineReasons = new WeakMap<Engine, Promise<string | undefined>>();

/** Which builder a build on this engine would use, and why not BuildKit when it would not. */
export async function chooseBuilder(engine: Engine, opts: Pick<RunBuildOptions, 'cli'> = {}) {
  const cli = opts.cli === undefined ? await buildCli() : (opts.cli ?? undefined);
  let reason = engineReasons.get(engine);
  if (!reason) {
    reason = engine.version().then(engineWithoutBuildKit);
    engineReasons.set(engine, reason);
    reason.catch(() => engineReasons.delete(engine));
  }
  const engineReason = await reason;
  if (engineReason) return { classicReason: engineReason };
  if (!cli) return { classicReason: 'no docker CLI that builds with BuildKit was found (buildx, or docker < 23.0)' };
  return { cli };
}

/** The kind of builder a choice stands for (what `platformsRefusal` asks about). */
export const builderKind = (choice: { cli?: BuildCli }): BuilderKind => choice.cli?.kind ?? 'classic';

/** Thrown before a build starts when its builder cannot build what the form asks (several platforms). */
export class BuildRefused extends Error {}

export async function runBuild(engine: Engine, form: BuildForm, opts: RunBuildOptions = {}): Promise<BuildOutcome> {
  const choice = await chooseBuilder(engine, opts);
  const refusal = platformsRefusal(form.platforms, builderKind(choice));
  if (refusal) throw new BuildRefused(refusal);
  const running = choice.cli
    ? runBuildKit(choice.cli, form, { endpoint: engine.endpoint, signal: opts.signal, onUpdate: opts.onUpdate })
    : runClassic(engine, form, opts);
  running.catch(() => undefined); // awaited below; a rejection meanwhile is not unhandled
  // the Dockerfile is read while the build starts: its steps are located once they are known
  const text = await readFile(form.dockerfile, 'utf8').catch(() => '');
  const shape = dockerfileShape(text);
  const run = await running;
  const outcome: BuildOutcome = { ...run, classicReason: choice.classicReason, stepLines: [] };
  const locate = (s: BuildStep) =>
    s.internal
      ? undefined
      : run.builder === 'classic'
        ? classicInstruction(shape, s.index)
        : instructionForStep(shape, s, form.target);
  for (const s of run.steps) {
    const instruction = locate(s);
    if (instruction) outcome.stepLines.push({ instruction, cached: s.state === 'cached', seconds: s.seconds });
  }
  if (run.error !== undefined) outcome.failure = describeFailure(run, shape, text, locate);
  return outcome;
}

function describeFailure(
  run: BuildRun,
  shape: DockerfileShape,
  text: string,
  locate: (s: BuildStep) => StageInstruction | undefined,
): BuildFailure {
  const syntax = /^#\s*syntax\s*=\s*(\S+)/im.exec(text.split(/\r?\n/, 20).join('\n'));
  const step = run.failedStep;
  if (syntax && (step?.name.startsWith('resolve image config') || /frontend gateway/i.test(run.error ?? ''))) {
    const first = shape.stages[0]?.from.line ?? 0;
    const line = text.split(/\r?\n/).findIndex((l) => /^#\s*syntax\s*=/i.test(l));
    return {
      message:
        `The "# syntax=${syntax[1]}" line needs the frontend image ${syntax[1]}, which the engine could not fetch ` +
        `(${run.error}). Remove the line to build with the engine's own Dockerfile frontend, or make the image ` +
        'reachable (network access, or pull it into the engine first).',
      instruction: { keyword: '#', line: line >= 0 ? line : first, endLine: line >= 0 ? line : first, args: '' },
    };
  }
  const instruction = step ? locate(step) : undefined;
  return { message: step?.error && instruction ? step.error : (run.error ?? 'build failed'), instruction };
}

/** The classic builder numbers every instruction from the first FROM on, across stages. */
function classicInstruction(shape: DockerfileShape, n: number | undefined): StageInstruction | undefined {
  if (n === undefined) return undefined;
  return shape.stages.flatMap((s) => [s.from, ...s.instructions])[n - 1];
}

/** The Engine API's classic builder, its "Step n/N : …" lines read as steps (the n-th instruction after FROM). */
async function runClassic(engine: Engine, form: BuildForm, opts: RunBuildOptions): Promise<BuildRun> {
  const started = performance.now();
  const log: string[] = [];
  const progress = new PlainProgress();
  let imageId: string | undefined;
  let firstProgressMs: number | undefined;
  let step = 0;
  const run: BuildRun = { builder: 'classic', argv: [], steps: [], log, durationMs: 0, cancelled: false, exitCode: 0 };
  try {
    for await (const ev of actionsFor(engine).buildImage({
      contextDir: form.contextDir,
      dockerfile: relative(form.contextDir, form.dockerfile),
      tags: form.tags,
      buildArgs: form.buildArgs,
      labels: form.labels,
      noCache: form.noCache,
      target: form.target,
      networkMode: form.network,
      signal: opts.signal,
    })) {
      imageId = builtImageId(ev) ?? imageId;
      for (const line of (ev.stream ?? '').split('\n').filter(Boolean)) {
        firstProgressMs ??= performance.now() - started;
        log.push(line);
        const m = /^Step (\d+)\/(\d+) : (.*)$/.exec(line);
        if (m) step++;
        const u = progress.push(m ? `#${step} [classic ${m[1]}/${m[2]}] ${m[3]}` : `#${step} ${line}`);
        if (u) opts.onUpdate?.(u);
        if (line.trim() === '---> Using cache') progress.push(`#${step} CACHED`);
      }
    }
  } catch (e) {
    run.exitCode = 1;
    run.error = e instanceof Error ? e.message : String(e);
    const failed = progress.steps.get(step);
    if (failed) failed.state = 'error';
    run.failedStep = failed;
  }
  run.steps = [...progress.steps.values()];
  return {
    ...run,
    log,
    imageId,
    firstProgressMs,
    durationMs: performance.now() - started,
    cancelled: !!opts.signal?.aborted,
  };
}
