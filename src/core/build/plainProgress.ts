// BuildKit's `--progress=plain` output (docker build with BuildKit, docker buildx build) read line by line into
// steps: "#7 [final 2/3] RUN make", "#7 0.412 text", "#7 CACHED", "#7 DONE 0.5s", "#7 ERROR: …".
// Terminal escapes a step prints (colours, cursor moves) are removed: what is kept is plain text for the Output.
import stripAnsi from 'strip-ansi';

export const stepStates = ['running', 'cached', 'done', 'error', 'canceled'] as const;
export type StepState = (typeof stepStates)[number];

export interface BuildStep {
  /** BuildKit's vertex number (#N) */
  vertex: number;
  /** the vertex name as printed, e.g. "[final 2/3] RUN make" */
  name: string;
  /** "[internal] load build context", "exporting to image": not a Dockerfile instruction */
  internal: boolean;
  /** the stage name BuildKit printed ("final", "stage-0"); undefined for a single unnamed stage */
  stage?: string;
  platform?: string;
  /** "2/3": the instruction's place among the stage's steps */
  index?: number;
  total?: number;
  /** the instruction text after the bracket ("RUN make") */
  instruction: string;
  state: StepState;
  seconds?: number;
  error?: string;
  /** the step's own output lines (timestamps removed) */
  logs: string[];
}

export type ProgressUpdate =
  | { kind: 'start' | 'end'; step: BuildStep }
  | { kind: 'log'; step: BuildStep; text: string }
  | { kind: 'text'; text: string };

const vertexLine = /^#(\d+) (.*)$/;
const timed = /^(\d+\.\d+) (.*)$/s;
const bracket = /^\[([^\]]*)\] ?(.*)$/s;
/** the summary lines a step's output is limited to (the whole log stays in the caller's buffer) */
const maxStepLogs = 200;

/** Splits "[linux/arm64 final 2/3] RUN x" into its parts; "[internal] …" is internal. */
export function parseStepName(name: string): Pick<BuildStep, 'internal' | 'stage' | 'platform' | 'index' | 'total'> & {
  instruction: string;
} {
  const m = bracket.exec(name);
  if (!m) return { internal: true, instruction: name };
  const tokens = (m[1] ?? '').trim().split(/\s+/);
  const count = /^(\d+)\/(\d+)$/.exec(tokens[tokens.length - 1] ?? '');
  if (!count) return { internal: true, instruction: m[2] ?? '' };
  const out: ReturnType<typeof parseStepName> = {
    internal: false,
    index: Number(count[1]),
    total: Number(count[2]),
    instruction: m[2] ?? '',
  };
  for (const tok of tokens.slice(0, -1)) {
    if (tok.includes('/')) out.platform = tok;
    else out.stage = tok;
  }
  return out;
}

/** Reads plain progress one line at a time; `steps` keeps every vertex seen, in order of first appearance. */
export class PlainProgress {
  readonly steps = new Map<number, BuildStep>();
  /** lines outside any vertex: the error summary a failed build ends with */
  readonly trailer: string[] = [];

  push(rawLine: string): ProgressUpdate | undefined {
    const line = stripAnsi(rawLine).replace(/\r$/, '');
    const m = vertexLine.exec(line);
    if (!m) {
      if (!line.trim()) return undefined;
      this.trailer.push(line);
      return { kind: 'text', text: line };
    }
    const vertex = Number(m[1]);
    const rest = m[2] ?? '';
    let step = this.steps.get(vertex);
    if (!step) {
      step = { vertex, name: rest, state: 'running', logs: [], ...parseStepName(rest) };
      this.steps.set(vertex, step);
      return { kind: 'start', step };
    }
    if (rest === step.name || rest.startsWith('sha256:')) return undefined;
    if (rest === 'CACHED') return this.end(step, 'cached');
    if (rest === 'CANCELED' || rest.startsWith('CANCELED ')) return this.end(step, 'canceled');
    const done = /^DONE(?: (\d+(?:\.\d+)?)s)?$/.exec(rest);
    if (done) return this.end(step, 'done', done[1] ? Number(done[1]) : undefined);
    if (rest.startsWith('ERROR')) {
      step.error = rest.replace(/^ERROR:? ?/, '');
      return this.end(step, 'error');
    }
    const text = timed.exec(rest)?.[2] ?? rest;
    if (step.logs.length < maxStepLogs) step.logs.push(text);
    return { kind: 'log', step, text };
  }

  private end(step: BuildStep, state: StepState, seconds?: number): ProgressUpdate {
    step.state = state;
    if (seconds !== undefined) step.seconds = seconds;
    return { kind: 'end', step };
  }

  /** The Dockerfile steps (not BuildKit's internal vertices), in the order they started. */
  instructionSteps(): BuildStep[] {
    return [...this.steps.values()].filter((s) => !s.internal);
  }

  /** The first failed step, if any. */
  failedStep(): BuildStep | undefined {
    return [...this.steps.values()].find((s) => s.state === 'error');
  }
}
