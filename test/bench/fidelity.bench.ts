// `npm run bench -- fidelity`: how closely the Dockerfile rules agree with hadolint and BuildKit on their own test
// cases, and how often each rule fires on real official-image Dockerfiles. Failing cases go to .bench/fidelity.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { recall, scoreBuildkit, scoreHadolint, scoreReal, specificity, type Score } from '../fidelity/score';

const pct = (x: number) => x.toFixed(3);
function line(name: string, s: Score): string {
  return (
    `${name}: rules claimed ${s.claimed}/${s.total}${s.unclaimed.length ? ` (missing ${s.unclaimed.join(' ')})` : ''}; ` +
    `recall ${pct(recall(s))} (${s.truePositives}/${s.positives}); specificity ${pct(specificity(s))} (${s.trueNegatives}/${s.negatives})`
  );
}
const h = scoreHadolint();
const b = scoreBuildkit();
const r = scoreReal();
console.log(line('hadolint', h));
console.log(line('BuildKit', b) + `; ${b.withInputs} cases with build args or a .dockerignore`);
console.log(`real Dockerfiles: ${r.files} files; error-level findings ${r.errors.length}`);
for (const e of r.errors) console.log(`  ${e}`);
const rows = [...r.firing].sort((a, b) => b[1] - a[1]);
for (const [id, n] of rows)
  console.log(`  ${id.padEnd(34)} ${String(n).padStart(3)}/${r.files}${n * 3 > r.files ? '  > 1/3' : ''}`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/fidelity.txt', [...h.failures, '', ...b.failures].join('\n') + '\n');
console.log(`failing cases: ${h.failures.length} hadolint, ${b.failures.length} BuildKit → .bench/fidelity.txt`);
