// Semantic tokens for a Dockerfile in linear time. dockerfile-language-service builds its token array by
// concatenation (a copy per token) and matches every comment against every multi-line instruction, so its cost
// grows with the square of the file (8,000 lines took minutes). It is asked for a few instructions at a time
// instead: cut at instruction starts (an instruction's tokens depend only on it and on the escape directive,
// which each piece repeats), then the pieces' tokens are shifted and re-encoded as one list. A piece holds at
// most INSTRUCTIONS_PER_PIECE instructions and MAX_PIECE_CHARS characters. An instruction too long for that
// (an unterminated heredoc swallowing the file, a 24 KB command on one line: the library's cost is quadratic
// in its length, lines or not) gets its keyword and comments only.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile, type ParsedDockerfile } from '../core/lint/dockerfile/parse';

export const INSTRUCTIONS_PER_PIECE = 16;
/** An instruction over this many lines is not handed to the library (its cost is quadratic within one). */
export const MAX_INSTRUCTION_LINES = 150;
/** Nor an instruction longer than this many characters (one line or many). */
export const MAX_INSTRUCTION_CHARS = 2000;
/** A piece is cut before it grows past this many characters. */
export const MAX_PIECE_CHARS = 2000;

type Compute = (text: string) => { data: number[] };
type Piece = { first: number; end: number; plain?: { keyword: { line: number; character: number; length: number } } };

/** The library's numbers for keyword and comment tokens, read off a two-line file. */
function legendOf(compute: Compute): { keyword: number; comment: number } {
  const d = compute('# c\nFROM x\n').data;
  return { comment: d[3] ?? 1, keyword: d[8] ?? 0 };
}

/** `parsed`: the text's parse when the caller has it (the document version's, shared with the lint). */
export function semanticTokensLinear(
  compute: Compute,
  text: string,
  parsed: ParsedDockerfile = parseDockerfile(text),
): { data: number[] } {
  const instructions = parsed.instructions;
  const doc = TextDocument.create('', '', 0, text);
  const long = (i: (typeof instructions)[number]) => {
    const r = i.getRange();
    return (
      r.end.line - r.start.line > MAX_INSTRUCTION_LINES ||
      doc.offsetAt(r.end) - doc.offsetAt(r.start) > MAX_INSTRUCTION_CHARS
    );
  };
  if (instructions.length <= INSTRUCTIONS_PER_PIECE && text.length <= MAX_PIECE_CHARS && !instructions.some(long))
    return compute(text);
  const escape = parsed.escapeChar;
  const pieces: Piece[] = [];
  let open = 0;
  let inPiece = 0;
  const lineOffset = (line: number) => (line >= doc.lineCount ? text.length : doc.offsetAt({ line, character: 0 }));
  for (const [k, inst] of instructions.entries()) {
    const start = inst.getRange().start.line;
    if (long(inst)) {
      if (start > open) pieces.push({ first: open, end: start });
      const next = instructions[k + 1]?.getRange().start.line ?? doc.lineCount;
      const kw = inst.getInstructionRange();
      pieces.push({
        first: start,
        end: next,
        plain: { keyword: { ...kw.start, length: kw.end.character - kw.start.character } },
      });
      open = next;
      inPiece = 0;
      continue;
    }
    const full =
      inPiece === INSTRUCTIONS_PER_PIECE ||
      (inPiece > 0 && doc.offsetAt(inst.getRange().end) - lineOffset(open) > MAX_PIECE_CHARS);
    if (full && start > open) {
      pieces.push({ first: open, end: start });
      open = start;
      inPiece = 0;
    }
    inPiece++;
  }
  if (open < doc.lineCount) pieces.push({ first: open, end: doc.lineCount });

  const legend = legendOf(compute);
  const comments = parsed.dockerfile.getComments().map((c) => c.getRange());
  let ci = 0;
  const prefix = escape === '\\' ? '' : `# escape=${escape}\n`;
  const out: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  const push = (line: number, char: number, length: number, type: number, mods: number) => {
    out.push(line - lastLine, line === lastLine ? char - lastChar : char, length, type, mods);
    lastLine = line;
    lastChar = char;
  };
  for (const p of pieces) {
    if (p.plain) {
      const kw = p.plain.keyword;
      push(kw.line, kw.character, kw.length, legend.keyword, 0);
      while ((comments[ci]?.start.line ?? Infinity) < p.first) ci++;
      for (let c = comments[ci]; c && c.start.line < p.end; c = comments[++ci]) {
        if (c.start.line > kw.line && c.start.line === c.end.line)
          push(c.start.line, c.start.character, c.end.character - c.start.character, legend.comment, 0);
      }
      continue;
    }
    const start = doc.offsetAt({ line: p.first, character: 0 });
    const end = p.end >= doc.lineCount ? text.length : doc.offsetAt({ line: p.end, character: 0 });
    const pre = p.first === 0 ? '' : prefix;
    const data = compute(pre + text.slice(start, end)).data;
    const skip = pre ? 1 : 0;
    let line = 0;
    let char = 0;
    // five numbers a token: the loop reads only whole ones
    for (let i = 0; i + 4 < data.length; i += 5) {
      const dl = data[i] ?? 0;
      const dc = data[i + 1] ?? 0;
      line += dl;
      char = dl === 0 ? char + dc : dc;
      if (line >= skip) push(p.first + line - skip, char, data[i + 2] ?? 0, data[i + 3] ?? 0, data[i + 4] ?? 0);
    }
  }
  return { data: out };
}
