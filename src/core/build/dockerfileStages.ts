// A Dockerfile's stages as a build sees them: names, instructions with their lines, ARG defaults, and the
// BuildKit step ("[final 2/3]") each instruction becomes.
import { DockerfileParser } from 'dockerfile-ast';

export interface StageInstruction {
  keyword: string;
  /** 0-based first and last line (a continued instruction spans several) */
  line: number;
  endLine: number;
  /** the instruction's text after the keyword, continuations joined */
  args: string;
}

export interface DockerfileStage {
  /** the `AS` name, if any */
  name?: string;
  index: number;
  /** what FROM names: an image, another stage's name or index, or "scratch" */
  base: string;
  from: StageInstruction;
  /** the stage's instructions after FROM */
  instructions: StageInstruction[];
}

export interface DockerfileShape {
  stages: DockerfileStage[];
  /** ARGs (global and per stage) with their defaults, in order of first appearance */
  args: { name: string; default?: string; line: number }[];
}

/** Instructions BuildKit runs as a step of its own (counted in "[stage n/N]"); FROM counts when it names an image. */
const stepKeywords = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function dockerfileShape(text: string): DockerfileShape {
  const doc = DockerfileParser.parse(text);
  const stages: DockerfileStage[] = [];
  const args: DockerfileShape['args'] = [];
  const seenArgs = new Set<string>();
  for (const inst of doc.getInstructions()) {
    const keyword = inst.getKeyword().toUpperCase();
    const range = inst.getRange();
    const si: StageInstruction = {
      keyword,
      line: range.start.line,
      endLine: range.end.line,
      args: inst
        .getArguments()
        .map((a) => a.getValue())
        .join(' '),
    };
    if (keyword === 'FROM') {
      const words = si.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const asAt = words.findIndex((w) => w.toLowerCase() === 'as');
      stages.push({
        name: asAt >= 0 ? words[asAt + 1] : undefined,
        index: stages.length,
        base: words[0] ?? '',
        from: si,
        instructions: [],
      });
      continue;
    }
    if (keyword === 'ARG') {
      for (const a of inst.getArguments()) {
        const [name = '', ...rest] = a.getValue().split('=');
        if (!name || seenArgs.has(name)) continue;
        seenArgs.add(name);
        args.push({ name, default: rest.length ? rest.join('=') : undefined, line: si.line });
      }
    }
    stages[stages.length - 1]?.instructions.push(si);
  }
  return { stages, args };
}

/** The stage a FROM names, when it names a stage (by `AS` name, case-insensitively, or by index). */
export function parentStage(shape: DockerfileShape, stage: DockerfileStage): DockerfileStage | undefined {
  const base = stage.base.toLowerCase();
  return shape.stages.slice(0, stage.index).find((s) => s.name?.toLowerCase() === base || String(s.index) === base);
}

export function findStage(shape: DockerfileShape, name: string | undefined): DockerfileStage | undefined {
  if (name === undefined) return shape.stages[shape.stages.length - 1];
  const lower = name.toLowerCase();
  return shape.stages.find((s) => s.name?.toLowerCase() === lower || `stage-${s.index}` === lower);
}

/**
 * The Dockerfile instruction behind a BuildKit step "[stage index/total]". BuildKit numbers a stage's RUN, COPY,
 * ADD and WORKDIR steps, plus its FROM when that pulls an image (not scratch, not another stage).
 * Without a stage name (a single-stage file) the target stage, else the last, is meant.
 */
export function instructionForStep(
  shape: DockerfileShape,
  step: { stage?: string; index?: number; total?: number },
  target?: string,
): StageInstruction | undefined {
  const stage = findStage(shape, step.stage ?? target);
  if (!stage || step.index === undefined || step.total === undefined) return undefined;
  const ops = stage.instructions.filter((i) => stepKeywords.has(i.keyword));
  const offset = step.total - ops.length;
  if (offset < 0 || offset > 1) return undefined;
  return step.index <= offset ? stage.from : ops[step.index - offset - 1];
}

/** The stages a target's image is made of, from the first base to the target (FROM another stage continues it). */
export function stageChain(shape: DockerfileShape, target?: string): DockerfileStage[] {
  const chain: DockerfileStage[] = [];
  for (let s = findStage(shape, target); s && !chain.includes(s); s = parentStage(shape, s)) chain.unshift(s);
  return chain;
}
