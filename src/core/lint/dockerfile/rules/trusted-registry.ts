import { From } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

/** Registry host of an image reference (`docker.io` when none is written). */
export function registryOf(image: string): string {
  const first = image.split('/')[0]!;
  return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first
    : 'docker.io';
}

function allowed(registry: string, trusted: string[]): boolean {
  return trusted.some((t) => {
    if (t === registry || (t === 'docker.io' && registry === 'index.docker.io')) return true;
    if (t.startsWith('*.')) return registry.endsWith(t.slice(1));
    return false;
  });
}

export default defineRule({
  id: 'trusted-registry',
  aliases: ['DL3026'],
  severity: 'error',
  docs: {
    description: 'Use only an allowed registry in FROM (when trustedRegistries is configured).',
    details:
      'With `trustedRegistries` configured in .hadolint.yaml or `stevedore.lint.trustedRegistries`, base images must come from those registries, so a build cannot pull from somewhere unvetted. Images without a registry host come from docker.io.\n\nBad (trusted: registry.example.com): `FROM evil.example.org/app:1`\n\nGood: `FROM registry.example.com/app:1`',
    url: docsUrl('trusted-registry'),
  },
  messages: {
    untrusted: (registry: string) => `Use only an allowed registry in the FROM image (${registry} is not trusted)`,
  },
  create(ctx) {
    const { messages } = this;
    const trusted = ctx.settings.trustedRegistries ?? [];
    return {
      FROM({ inst, stage, onbuild }) {
        if (onbuild || trusted.length === 0 || !(inst instanceof From) || stage?.fromStage) return;
        const image = inst.getImage();
        const range = inst.getImageRange();
        if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch') return;
        const registry = registryOf(image);
        if (!allowed(registry, trusted)) ctx.report({ range, message: messages.untrusted(registry) });
      },
    };
  },
});
