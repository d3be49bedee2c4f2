// dockerfile-ast's Instruction.getRawArguments (0.7.1), step for step, except that each argument's value is cut
// out of the text in runs instead of grown one character at a time: the original's concatenations were a fifth
// of everything a lint allocates, and the bigger the file the more that churn costs. parse.test.ts checks both
// give the same arguments and ranges.
import { Argument } from './ast';
import type { Position, Range } from 'vscode-languageserver-types';

type Self = {
  escapeChar: string;
  document: { offsetAt(p: Position): number; positionAt(o: number): Position };
  getInstructionRange(): Range;
  getTextContent(): string;
};

const isNewline = (c: string) => c === '\r' || c === '\n';
const isWhitespace = (c: string) => c === ' ' || c === '\t' || isNewline(c);

export function rawArguments(this: Self): Argument[] {
  const args: Argument[] = [];
  const doc = this.document;
  const range = this.getInstructionRange();
  const extra = doc.offsetAt(range.end) - doc.offsetAt(range.start);
  const fullArgs = this.getTextContent().substring(extra);
  const offset = doc.offsetAt(range.start) + extra;
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  // the value so far: `done`, then fullArgs[runStart, runEnd) when runStart !== -1
  let done = '';
  let runStart = -1;
  let runEnd = -1;
  const append = (from: number, to: number) => {
    if (runStart !== -1 && runEnd === from) {
      runEnd = to;
      return;
    }
    if (runStart !== -1) done += fullArgs.substring(runStart, runEnd);
    runStart = from;
    runEnd = to;
  };
  const push = (end: number) => {
    const value = runStart === -1 ? done : done + fullArgs.substring(runStart, runEnd);
    args.push(new Argument(value, { start: doc.positionAt(offset + found), end: doc.positionAt(offset + end) }));
    done = '';
    runStart = -1;
  };
  for (let i = 0; i < fullArgs.length; i++) {
    const char = fullArgs.charAt(i);
    if (isWhitespace(char)) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (isNewline(char)) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        found = -1;
      }
    } else if (char === this.escapeChar) {
      const next = fullArgs.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
          const c = fullArgs.charAt(j);
          switch (c) {
            case ' ':
            case '\t':
              continue;
            case '\r':
            case '\n':
              if (c === '\r') j++; // the character after \r is taken as its newline, whatever it is
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === '\r') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === '\n') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapeMarker);
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '$') append(i, i + 2);
        else if (next === '') break;
        else append(i + 1, i + 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapeMarker);
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        append(i, i + 1);
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(escapeMarker === -1 ? fullArgs.length : escapeMarker);
  return args;
}
