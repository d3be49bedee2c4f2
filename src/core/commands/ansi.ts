// ANSI escape handling for logs: strip for plain text, parse colours into styled segments for rendering.
import Anser from 'anser';
import stripAnsi from 'strip-ansi';

export function stripAnsiCodes(text: string): string {
  return stripAnsi(text);
}

export interface StyledSegment {
  text: string;
  /** CSS colour, e.g. "rgb(187, 0, 0)" */
  fg?: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** SGR colours/styles → segments; other escapes (cursor movement…) are dropped. */
export function parseAnsi(text: string): StyledSegment[] {
  const parts = Anser.ansiToJson(text, { json: true, remove_empty: true, use_classes: false });
  return parts.map((p) => {
    const seg: StyledSegment = { text: p.content };
    if (p.fg) seg.fg = `rgb(${p.fg})`;
    if (p.bg) seg.bg = `rgb(${p.bg})`;
    const deco = p.decorations ?? [];
    if (deco.includes('bold')) seg.bold = true;
    if (deco.includes('italic')) seg.italic = true;
    if (deco.includes('underline')) seg.underline = true;
    return seg;
  });
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

/** Safe HTML for a webview: text escaped, styles inline. */
export function ansiToHtml(text: string): string {
  // most log lines carry no escape at all: skip the parser
  if (!text.includes('\u001b')) return escapeHtml(text);
  return parseAnsi(text)
    .map((s) => {
      const style = [
        s.fg && `color:${s.fg}`,
        s.bg && `background:${s.bg}`,
        s.bold && 'font-weight:bold',
        s.italic && 'font-style:italic',
        s.underline && 'text-decoration:underline',
      ]
        .filter(Boolean)
        .join(';');
      return style ? `<span style="${style}">${escapeHtml(s.text)}</span>` : escapeHtml(s.text);
    })
    .join('');
}
