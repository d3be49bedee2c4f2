// "Execute Command…": a typed command line → argv for exec.
import { parse } from 'shell-quote';

/**
 * Plain words become argv directly (works in images without a shell); anything using shell syntax
 * (pipes, redirections, $VARS, globs, quotes-with-escapes) runs through the container's own `sh -c`.
 */
export function commandArgv(line: string): string[] {
  const tokens = parse(line, (name) => `$${name}`);
  const plain = tokens.length > 0 && tokens.every((tok) => typeof tok === 'string') && !/[$`\\*?]/.test(line);
  return plain ? (tokens as string[]) : ['sh', '-c', line];
}
