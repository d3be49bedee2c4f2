/** Split on `sep` outside `${…}` (a default may hold the separator: `${BIND:-127.0.0.1}:80`). */
export function splitOutside(value: string, sep: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  if (!value.includes('${')) {
    let start = 0;
    for (let i = value.indexOf(sep); i !== -1; i = value.indexOf(sep, i + 1)) {
      out.push({ text: value.slice(start, i), index: start });
      start = i + 1;
    }
    out.push({ text: value.slice(start), index: start });
    return out;
  }
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '$' && value[i + 1] === '$') {
      i++;
      continue;
    }
    if (c === '$' && value[i + 1] === '{') {
      depth++;
      i++;
      continue;
    }
    if (c === '}' && depth > 0) {
      depth--;
      continue;
    }
    if (c === sep && depth === 0) {
      out.push({ text: value.slice(start, i), index: start });
      start = i + 1;
    }
  }
  out.push({ text: value.slice(start), index: start });
  return out;
}
