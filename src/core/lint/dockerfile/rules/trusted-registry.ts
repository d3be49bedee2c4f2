import type { Range } from 'vscode-languageserver-types';
import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

/** Registry host of an image reference (`docker.io` when none is written). */
export function registryOf(image: string): string {
  const [first = ''] = image.split('/', 1);
  return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first
    : 'docker.io';
}

/** hadolint's matchRegistry: `*` is any registry, `*.example.com` a suffix, `registry.*` a prefix */
function matches(t: string, registry: string): boolean {
  if (t === '*') return true;
  if (t.startsWith('*')) return registry.endsWith(t.slice(1));
  if (t.endsWith('*')) return registry.startsWith(t.slice(0, -1));
  return t === registry;
}

function allowed(registry: string, trusted: string[]): boolean {
  const names =
    registry === 'docker.io' || registry === 'index.docker.io' ? ['docker.io', 'hub.docker.com'] : [registry];
  return trusted.some((t) => names.some((r) => matches(t, r)));
}

/** `from=<image>` of a RUN's cache or bind mounts */
function mountImages(node: Node): { image: string; range: Range }[] {
  const out: { image: string; range: Range }[] = [];
  for (const f of node.flags) {
    if (f.getName() !== 'mount') continue;
    const v = f.getValue() ?? '';
    if (!/(^|,)type=(cache|bind)(,|$)/.test(v) && /(^|,)type=/.test(v)) continue;
    const m = /(?:^|,)from=([^,]+)/.exec(v);
    if (m?.[1]) out.push({ image: m[1], range: f.getValueRange() ?? f.getRange() });
  }
  return out;
}

export default defineRule({
  id: 'trusted-registry',
  aliases: ['DL3026'],
  severity: 'error',
  docs: {
    description: 'Use only an allowed registry in FROM (when trustedRegistries is configured).',
    details:
      'With `trustedRegistries` configured in .hadolint.yaml or `stevedore.lint.trustedRegistries`, base images must come from those registries, so a build cannot pull from somewhere unvetted. Images without a registry host come from docker.io (`docker.io` or `hub.docker.com` trusts them); `*` trusts every registry, `*.example.com` and `registry.*` match by suffix and prefix. As in hadolint, images named by `COPY --from=<image>` and `RUN --mount=type=cache|bind,from=<image>` are checked too.\n\nBad (trusted: registry.example.com): `FROM evil.example.org/app:1`\n\nGood: `FROM registry.example.com/app:1`',
    url: docsUrl('trusted-registry'),
  },
  messages: {
    untrusted: (registry: string) => `Use only an allowed registry in the FROM image (${registry} is not trusted)`,
  },
  create(ctx) {
    const { messages } = this;
    const trusted = ctx.settings.trustedRegistries ?? [];
    const stageNames = new Set<string>();
    /** an image reference (not an earlier stage, a stage index, scratch or a variable) from an untrusted registry */
    const check = (image: string, range: Range) => {
      const ref = image.toLowerCase();
      if (stageNames.has(ref) || /^\d+$/.test(ref) || ref === 'scratch' || ref.includes('$')) return;
      const registry = registryOf(image);
      if (!allowed(registry, trusted)) ctx.report({ range, message: messages.untrusted(registry) });
    };
    if (trusted.length === 0) return {};
    return {
      FROM({ from, onbuild }) {
        if (onbuild || !from) return;
        const image = from.image;
        const range = from.imageRange;
        if (image && range) check(image, range);
        const name = from.buildStage;
        if (name) stageNames.add(name.toLowerCase());
      },
      COPY({ fromFlag: flag }) {
        const v = flag?.getValue();
        if (flag && v) check(v, flag.getValueRange() ?? flag.getRange());
      },
      RUN(node) {
        for (const m of mountImages(node)) check(m.image, m.range);
      },
    };
  },
});
