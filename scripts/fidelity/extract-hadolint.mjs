// Transcribes hadolint's rule specs (test/Hadolint/Rule/DL*Spec.hs of a hadolint checkout) into
// test/fidelity/hadolint/cases.json: { rule, dockerfile, fires, onbuild, config? } per assertion.
// Usage: node scripts/fidelity/extract-hadolint.mjs <hadolint-checkout>/test/Hadolint/Rule
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const CALLS = new Set(['ruleCatches', 'ruleCatchesNot', 'onBuildRuleCatches', 'onBuildRuleCatchesNot']);

/** Haskell tokens: strings (escapes and gaps resolved), identifiers, and single symbols. */
function tokens(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '-' && src[i + 1] === '-') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') {
          const n = src[i + 1];
          if (/\s/.test(n)) {
            i = src.indexOf('\\', i + 1) + 1; // string gap
            continue;
          }
          const esc = { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'", '&': '' }[n];
          if (esc !== undefined) {
            s += esc;
            i += 2;
            continue;
          }
          const m = /^\d+/.exec(src.slice(i + 1));
          if (m) {
            s += String.fromCharCode(Number(m[0]));
            i += 1 + m[0].length;
            continue;
          }
          s += n;
          i += 2;
          continue;
        }
        s += src[i++];
      }
      i++;
      out.push({ t: 'str', v: s });
      continue;
    }
    const id = /^[A-Za-z_?][A-Za-z0-9_.']*/.exec(src.slice(i, i + 200));
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    if (src.startsWith('<>', i)) {
      out.push({ t: 'sym', v: '<>' });
      i += 2;
      continue;
    }
    out.push({ t: 'sym', v: c });
    i++;
  }
  return out;
}

/** A string expression at k: "lit" [<> "lit"]*, [ "a", "b" ] (joined by unlines), Text.unlines X, a bound name. */
function expr(toks, k, env) {
  let t = toks[k];
  if (t?.v === '$' || t?.v === '(') t = toks[++k];
  if (!t) return undefined;
  if (t.v === 'Text.unlines' || t.v === 'unlines') {
    const v = expr(toks, k + 1, env);
    return v && { value: Array.isArray(v.value) ? v.value.map((l) => l + '\n').join('') : v.value, next: v.next };
  }
  if (t.v === '[') {
    const items = [];
    k++;
    while (toks[k] && toks[k].v !== ']') {
      if (toks[k].t === 'str') {
        let s = toks[k].v;
        while (toks[k + 1]?.v === '<>' && toks[k + 2]?.t === 'str') {
          s += toks[k + 2].v;
          k += 2;
        }
        items.push(s);
      } else if (toks[k].v !== ',') return undefined;
      k++;
    }
    return { value: items, next: k + 1 };
  }
  if (t.t === 'str') {
    let s = t.v;
    while (toks[k + 1]?.v === '<>' && toks[k + 2]?.t === 'str') {
      s += toks[k + 2].v;
      k += 2;
    }
    return { value: s, next: k + 1 };
  }
  if (t.t === 'id' && env.has(t.v)) return { value: env.get(t.v), next: k + 1 };
  return undefined;
}

const dir = process.argv[2];
const cases = [];
const skipped = [];
for (const f of readdirSync(dir)
  .filter((f) => /^DL\d+Spec\.hs$/.test(f))
  .sort()) {
  const toks = tokens(readFileSync(join(dir, f), 'utf8'));
  const env = new Map();
  let config = 'def';
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.v === '?config' && toks[k + 1]?.v === '=') {
      let j = k + 2;
      let depth = 0;
      const parts = [];
      for (; j < toks.length; j++) {
        const v = toks[j].v;
        if (v === '{' || v === '[' || v === '(') depth++;
        if (v === '}' || v === ']' || v === ')') depth--;
        parts.push(toks[j].t === 'str' ? JSON.stringify(v) : v);
        if (
          depth === 0 &&
          toks[j + 1]?.t === 'id' &&
          /^(describe|it|ruleCatches|ruleCatchesNot|onBuildRuleCatches|onBuildRuleCatchesNot|let|in|do)$/.test(
            toks[j + 1].v,
          )
        )
          break;
        if (depth === 0 && v !== 'def' && toks[j + 1]?.v !== '{' && v === '}') break;
      }
      config = parts.join(' ');
      continue;
    }
    if (t.t === 'id' && toks[k + 1]?.v === '=' && toks[k + 2]?.v !== '=' && !CALLS.has(t.v)) {
      const v = expr(toks, k + 2, env);
      if (v) env.set(t.v, v.value);
      continue;
    }
    if (t.t !== 'id' || !CALLS.has(t.v)) continue;
    const code = toks[k + 1]?.t === 'id' ? { t: 'str', v: env.get(toks[k + 1].v) } : toks[k + 1];
    const v = expr(toks, k + 2, env);
    if (typeof code?.v !== 'string' || !v || Array.isArray(v.value)) {
      skipped.push(
        `${f}: ${toks
          .slice(k, k + 6)
          .map((x) => x.v)
          .join(' ')}`,
      );
      continue;
    }
    cases.push({
      rule: code.v,
      dockerfile: v.value.endsWith('\n') ? v.value : v.value + '\n',
      fires: !t.v.endsWith('Not'),
      onbuild: t.v.startsWith('onBuild'),
      ...(config !== 'def' ? { config } : {}),
      source: f,
    });
  }
}
mkdirSync('test/fidelity/hadolint', { recursive: true });
writeFileSync('test/fidelity/hadolint/cases.json', JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases, ${new Set(cases.map((c) => c.rule)).size} rules; skipped ${skipped.length}`);
for (const s of skipped) console.log('  skipped', s);
