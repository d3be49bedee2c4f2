// A failed build said in one notification: which step, where in the Dockerfile, what it printed last, and why.
import { stripAnsiCodes } from '../commands/ansi';

export interface FailedBuild {
  /** the error the build ended with (the step's own, when a step failed) */
  message: string;
  /** BuildKit's name of the failed step, e.g. "[final 2/3] RUN make" */
  stepName?: string;
  /** the step's 0-based Dockerfile line, when it was located */
  line?: number;
  /** the step's output lines */
  output?: readonly string[];
}

const maxOutput = 160;

/** The last line the failing step printed (what a beginner most needs), cut to a readable length. */
export function lastOutput(lines: readonly string[] = []): string | undefined {
  for (const raw of [...lines].reverse()) {
    const line = stripAnsiCodes(raw).trim();
    if (line) return line.length > maxOutput ? `${line.slice(0, maxOutput - 1)}…` : line;
  }
  return undefined;
}

/**
 * "Build failed at step [2/3] RUN make (Dockerfile line 5): process "/bin/sh -c make" did not complete successfully:
 * exit code: 2. Last output: "make: *** No targets.  Stop."" — or, with no step located, "Build failed: <message>".
 */
export function buildFailureText(f: FailedBuild): string {
  const message = stripAnsiCodes(f.message).trim().replace(/\.$/, '');
  if (!f.stepName || f.line === undefined) return `Build failed: ${message}.`;
  const last = lastOutput(f.output);
  const said = last && !message.includes(last) ? ` Last output: "${last}"` : '';
  return `Build failed at step ${stripAnsiCodes(f.stepName)} (Dockerfile line ${f.line + 1}): ${message}.${said}`;
}

/** The notification's action that opens the Dockerfile at the failing line. */
export const openAtLine = (line: number) => `Open Dockerfile at Line ${line + 1}`;
