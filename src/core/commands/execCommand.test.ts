import { describe, expect, it } from 'vitest';
import { commandArgv } from './execCommand';

describe('execute command argv (unit)', () => {
  it.each([
    ['ls -la /tmp', ['ls', '-la', '/tmp']],
    [`echo "a b" 'c d'`, ['echo', 'a b', 'c d']],
    ['ps aux | grep x', ['sh', '-c', 'ps aux | grep x']],
    ['echo $HOME', ['sh', '-c', 'echo $HOME']],
    ['ls *.txt', ['sh', '-c', 'ls *.txt']],
    ['a; rm -rf /', ['sh', '-c', 'a; rm -rf /']],
    ['cat ünï', ['cat', 'ünï']],
  ])('%s', (line, argv) => {
    expect(commandArgv(line)).toEqual(argv);
  });
});
