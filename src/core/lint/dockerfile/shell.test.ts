import { describe, expect, it } from 'vitest';
import { parseCommands } from './shell';

const names = (script: string) => parseCommands(script).map((c) => (c.nested ? `(${c.name})` : c.name));

describe('parseCommands (unit)', () => {
  it('splits on operators and keeps words, flags and assignments apart', () => {
    expect(
      parseCommands('DEBIAN_FRONTEND=noninteractive apt-get install -y a b=1 2>&1 | tee x && rm -rf /y').map((c) => [
        c.name,
        c.args,
        c.afterPipe ?? false,
      ]),
    ).toEqual([
      ['apt-get', ['install', '-y', 'a', 'b=1'], false],
      ['tee', ['x'], true],
      ['rm', ['-rf', '/y'], false],
    ]);
  });
  it('newlines separate commands; `\\`-newline and a trailing operator do not', () => {
    expect(names('apt-get update\nsudo ls')).toEqual(['apt-get', 'sudo']);
    expect(names('apt-get install \\\n  curl &&\n  rm -rf x')).toEqual(['apt-get', 'rm']);
    expect(parseCommands('apt-get install \\\n  curl')[0]!.args).toEqual(['install', 'curl']);
    expect(parseCommands('a |\n  b')[1]!.afterPipe).toBe(true);
  });
  it('reserved words in command position are not commands', () => {
    expect(names('if true; then apt-get install foo; elif sudo a; then :; else sudo b; fi')).toEqual([
      'true',
      'apt-get',
      'sudo',
      ':',
      'sudo',
    ]);
    expect(names('for x in a b; do sudo x; done')).toEqual(['sudo']);
    expect(names('while read l; do echo "$l"; done < f')).toEqual(['read', 'echo']);
    expect(names('! sudo a && { sudo b; } && (sudo c) && time -p sudo d')).toEqual(['sudo', 'sudo', 'sudo', 'sudo']);
    expect(names('case "$x" in a) sudo b;; c|d) e;; esac')).toEqual(['sudo', 'e']);
    expect(names('echo if then fi')).toEqual(['echo']);
  });
  it('command substitutions are parsed as commands of their own', () => {
    expect(names('echo "$(sudo ls)"')).toEqual(['echo', '(sudo)']);
    expect(names('echo `sudo ls` $(a "$(b)")')).toEqual(['echo', '(sudo)', '(a)', '(b)']);
    expect(parseCommands('echo "v=$(cat f)"')[0]!.args).toEqual(['v=${_}']);
    expect(names('echo $((1 + 2))')).toEqual(['echo']);
  });
  it('comments and heredoc bodies are not commands', () => {
    expect(names('# sudo a\nls # sudo b\necho "#" x#y')).toEqual(['ls', 'echo']);
    expect(names('cat > /x <<EOF\nsudo nope\nEOF\nsudo yes')).toEqual(['cat', 'sudo']);
    expect(names("cat <<-'EOF' | sh\n\tsudo nope\n\tEOF\nls")).toEqual(['cat', 'sh', 'ls']);
  });
  it('`sh -c` strings are parsed, nested', () => {
    expect(names("sh -c 'apt-get update\nsudo ls'")).toEqual(['sh', '(apt-get)', '(sudo)']);
  });
  it('never throws on broken input', () => {
    for (const s of ['"unterminated', "'x", 'echo $(', 'echo `a', 'cat <<', 'cat <<EOF\nno end', 'a\\'])
      expect(() => parseCommands(s)).not.toThrow();
  });
});
