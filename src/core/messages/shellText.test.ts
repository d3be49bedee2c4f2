import { describe, expect, it } from 'vitest';
import { multiLineCommand, shellLine, shellWord } from './shellText';

describe('paste-able commands (unit)', () => {
  it('quotes only where the shell needs it', () => {
    expect(shellLine(['docker', 'run', '-p', '8080:80', '--env', 'A=b', 'nginx:1.27'])).toBe(
      'docker run -p 8080:80 --env A=b nginx:1.27',
    );
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord(`it's`)).toBe(`'it'\\''s'`);
    expect(shellWord('$(x)')).toBe(`'$(x)'`);
    expect(shellWord('')).toBe("''");
  });

  it('one option per line with \\ continuations; the image and its command on the last line', () => {
    expect(
      multiLineCommand([
        'docker',
        'run',
        '--detach',
        '--name',
        'web',
        '--publish',
        '127.0.0.1:8080:80',
        '--env',
        'GREETING=hello world',
        '--rm',
        'nginx:1.27',
        'sh',
        '-c',
        'echo hi; sleep 60',
      ]),
    ).toBe(
      [
        'docker run \\',
        '  --detach \\',
        '  --name web \\',
        '  --publish 127.0.0.1:8080:80 \\',
        "  --env 'GREETING=hello world' \\",
        '  --rm \\',
        "  nginx:1.27 sh -c 'echo hi; sleep 60'",
      ].join('\n'),
    );
    expect(multiLineCommand(['docker', 'start', 'web'])).toBe('docker start web');
  });
});
