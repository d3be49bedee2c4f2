// Hover note on EXPOSE: it only documents a port. A note rather than a diagnostic, since nothing is wrong.
import { DockerfileParser } from 'dockerfile-ast';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';

function contains(r: { start: Position; end: Position }, p: Position): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

/** `8080` → `8080:8080`, `53/udp` → `53:53/udp`, `127.0.0.1:8080:80` → `80:80`; undefined for variables. */
function publishExample(port: string): string | undefined {
  if (port.includes('$')) return undefined;
  const [spec = '', proto] = port.split('/');
  const container = spec.split(':').pop() ?? '';
  if (!/^\d+(-\d+)?$/.test(container)) return undefined;
  return `${container}:${container}${proto && proto.toLowerCase() !== 'tcp' ? `/${proto.toLowerCase()}` : ''}`;
}

/** The markdown note for an EXPOSE instruction at `position`, if there is one. */
export function exposeNote(text: string, position: Position): string | undefined {
  const inst = DockerfileParser.parse(text)
    .getInstructions()
    .find((i) => i.getKeyword().toUpperCase() === 'EXPOSE' && contains(i.getRange(), position));
  if (!inst) return undefined;
  const examples = inst
    .getArguments()
    .map((a) => publishExample(a.getValue()))
    .filter((e): e is string => e !== undefined);
  const publish = examples.length ? examples.map((e) => `-p ${e}`).join(' ') : '-p HOST:CONTAINER';
  return `**EXPOSE only documents a port**: it opens nothing. To reach it from the host, publish it: \`docker run ${publish} …\` (or \`-P\` for every exposed port), or \`ports:\` in compose.`;
}

/** Adds `note` below the hover dockerfile-language-service produced (or makes a hover of it). */
export function withNote(hover: Hover | null | undefined, note: string): Hover {
  if (!hover) return { contents: { kind: 'markdown', value: note } };
  const c = hover.contents;
  if (typeof c === 'object' && 'kind' in c) {
    const value: MarkupContent = { kind: 'markdown', value: `${c.value}\n\n---\n\n${note}` };
    return { ...hover, contents: value };
  }
  return { ...hover, contents: [...(Array.isArray(c) ? c : [c]), note] };
}
