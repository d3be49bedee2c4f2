// The comments BuildKit's parser attaches to an instruction (parser.Node.PrevComment): the comment lines since the
// previous instruction, blank lines included, restarted by an empty `#` line; parser directives at the top of the
// file are not comments. Used by InvalidDefinitionDescription and the inline `# check=` directive.
import type { Dockerfile } from 'dockerfile-ast';

/** instruction start line (0-based) → its preceding comments' text (without `#`, trimmed), nearest last */
export function commentsBefore(dockerfile: Dockerfile): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const instructions = dockerfile.getInstructions();
  let next = 0;
  for (const c of dockerfile.getComments()) {
    const line = c.getRange().start.line;
    while ((instructions[next]?.getRange().start.line ?? Infinity) <= line) next++;
    const target = instructions[next]?.getRange().start.line;
    if (target === undefined) break;
    const text = c.getContent().trim();
    if (text === '') out.set(target, []);
    else out.set(target, [...(out.get(target) ?? []), text]);
  }
  return out;
}
