import { describe, expect, it } from 'vitest';
import { buildFailureText, lastOutput, openAtLine } from './buildFailure';

describe('a failed build said in one notification (unit)', () => {
  it('names the step, its Dockerfile line, the error and what the step printed last', () => {
    expect(
      buildFailureText({
        message: 'process "/bin/sh -c make" did not complete successfully: exit code: 2',
        stepName: '[final 2/3] RUN make',
        line: 4,
        output: ['cc -o app app.c', '\u001b[31mmake: *** No targets.  Stop.\u001b[0m', ''],
      }),
    ).toBe(
      'Build failed at step [final 2/3] RUN make (Dockerfile line 5): process "/bin/sh -c make" did not complete ' +
        'successfully: exit code: 2. Last output: "make: *** No targets.  Stop."',
    );
    expect(openAtLine(4)).toBe('Open Dockerfile at Line 5');
  });

  it('without a located step it says the error alone; escapes never reach the text', () => {
    expect(buildFailureText({ message: '\u001b[1mfailed to read dockerfile\u001b[0m.' })).toBe(
      'Build failed: failed to read dockerfile.',
    );
    expect(buildFailureText({ message: 'exit code: 1', stepName: '[2/2] RUN false', line: 1, output: [] })).toBe(
      'Build failed at step [2/2] RUN false (Dockerfile line 2): exit code: 1.',
    );
  });

  it('the last output line is cut to a readable length and skipped when the error already says it', () => {
    expect(lastOutput(['x'.repeat(500)])).toHaveLength(160);
    expect(lastOutput([' ', '\u001b[0m'])).toBeUndefined();
    expect(
      buildFailureText({
        message: 'COPY failed: no such file: app.jar',
        stepName: '[2/2] COPY app.jar /',
        line: 1,
        output: ['app.jar'],
      }),
    ).toBe('Build failed at step [2/2] COPY app.jar / (Dockerfile line 2): COPY failed: no such file: app.jar.');
  });
});
