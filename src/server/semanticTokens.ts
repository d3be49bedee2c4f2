// Semantic tokens for a Dockerfile in linear time. dockerfile-language-service builds its token array by
// concatenation (a copy per token) and matches every comment against every multi-line instruction, so its cost
// grows with the square of the file (8,000 lines took minutes). It is asked for a few dozen instructions at a
// time instead: cut at instruction starts (the tokens of an instruction depend only on it and on the escape
// directive, which each piece repeats), then the pieces' tokens are shifted and re-encoded as one list.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../core/lint/dockerfile/parse';

export const INSTRUCTIONS_PER_PIECE = 16;

type Compute = (text: string) => { data: number[] };

export function semanticTokensLinear(compute: Compute, text: string): { data: number[] } {
  const dockerfile = parseDockerfile(text);
  const instructions = dockerfile.getInstructions();
  if (instructions.length <= INSTRUCTIONS_PER_PIECE) return compute(text);
  const escape = dockerfile.getEscapeCharacter();
  const doc = TextDocument.create('', '', 0, text);
  const cuts = [0];
  for (let i = INSTRUCTIONS_PER_PIECE; i < instructions.length; i += INSTRUCTIONS_PER_PIECE)
    cuts.push(instructions[i]!.getRange().start.line);
  const prefix = escape === '\\' ? '' : `# escape=${escape}\n`;
  const out: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  for (let p = 0; p < cuts.length; p++) {
    const first = cuts[p]!;
    const start = doc.offsetAt({ line: first, character: 0 });
    const end = p + 1 < cuts.length ? doc.offsetAt({ line: cuts[p + 1]!, character: 0 }) : text.length;
    const pre = p === 0 ? '' : prefix;
    const data = compute(pre + text.slice(start, end)).data;
    const skip = pre ? 1 : 0;
    let line = 0;
    let char = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      const dl = data[i]!;
      line += dl;
      char = dl === 0 ? char + data[i + 1]! : data[i + 1]!;
      if (line < skip) continue;
      const absLine = first + line - skip;
      out.push(
        absLine - lastLine,
        absLine === lastLine ? char - lastChar : char,
        data[i + 2]!,
        data[i + 3]!,
        data[i + 4]!,
      );
      lastLine = absLine;
      lastChar = char;
    }
  }
  return { data: out };
}
