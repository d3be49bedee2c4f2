// Where a failed build failed: BuildKit names the failing step (` > [stage 3/4] RUN make:`) and the legacy builder
// the failing command (`Step 3/4 : RUN make`); the matching Dockerfile instruction gives the line, so a problem
// matcher can put the error on it.
import { DockerfileParser } from 'dockerfile-ast';

export interface BuildError {
  /** 1-based */
  line: number;
  message: string;
}

const norm = (s: string) =>
  s
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function locateBuildError(dockerfile: string, output: string): BuildError | undefined {
  const lines = output.split(/\r?\n/);
  let step: string | undefined;
  for (const l of lines) {
    const bk = /^ > \[(?:[^\]]*\s)?\d+\/\d+\] (.*):$/.exec(l);
    const legacy = /^Step \d+\/\d+ : (.*)$/.exec(l);
    if (bk) step = bk[1];
    else if (legacy) step = legacy[1];
  }
  const message =
    [...lines]
      .reverse()
      .map((l) => l.replace(/^#\d+ /, '').trim())
      .find((l) => /^(ERROR:|error:|executor failed|failed to|The command .* returned a non-zero code)/.test(l))
      ?.replace(/^(ERROR|error): /, '') ?? 'the build failed';
  if (!step) return undefined;
  const wanted = norm(step);
  for (const ins of DockerfileParser.parse(dockerfile).getInstructions()) {
    const text = norm(`${ins.getKeyword()} ${ins.getArgumentsContent() ?? ''}`);
    if (text === wanted || text.toUpperCase() === wanted.toUpperCase())
      return { line: ins.getRange().start.line + 1, message };
  }
  return undefined;
}
