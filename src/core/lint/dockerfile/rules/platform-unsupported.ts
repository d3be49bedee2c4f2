import { docsUrl } from '../../rule';
import { defineRule } from '../model';
import { normalizeRef } from './image-not-present';

const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', aarch64: 'arm64', armhf: 'arm', armv7l: 'arm' };
const arch = (a: string) => ARCH_ALIASES[a] ?? a;

export default defineRule({
  id: 'platform-unsupported',
  aliases: [],
  severity: 'warning',
  docs: {
    description:
      'The stage needs a platform the engine cannot run natively (e.g. an amd64-only base on an arm64 engine) (engine-aware).',
    details:
      'The stage\'s platform is one the engine cannot run natively (for example an amd64-only base on an arm64 engine). RUN steps then need QEMU emulation and are slow, or fail with "exec format error". Checked only when the engine is reachable.\n\nBad (arm64 engine): `FROM --platform=linux/amd64 some/amd64-only:1`\n\nGood: `FROM alpine:3.20` (multi-arch), or build on a matching engine',
    url: docsUrl('platform-unsupported'),
  },
  messages: {
    flag: (platform: string, engine: string) =>
      `--platform=${platform} differs from the engine's ${engine}: RUN steps need emulation (binfmt/QEMU) or fail with "exec format error"`,
    image: (ref: string, platforms: string, engine: string) =>
      `Image '${ref}' is available for ${platforms} only; the engine is ${engine}`,
  },
  create(ctx) {
    const { messages } = this;
    const facts = ctx.facts;
    return {
      FROM({ from, stage, onbuild }) {
        if (onbuild || !facts?.engineArchitecture || !from) return;
        const flag = from.platformFlag;
        const platform = flag?.getValue();
        const image = from.image;
        const imageRange = from.imageRange;
        const literal = flag && platform && !platform.includes('$') ? platform : undefined;
        const checkImage =
          !flag &&
          image &&
          imageRange &&
          !image.includes('$') &&
          image.toLowerCase() !== 'scratch' &&
          !stage?.fromStage &&
          facts.imagePlatforms;
        if (!literal && !checkImage) return;
        ctx.defer(async () => {
          // the image's platforms first: the engine's architecture (GET /version, the slowest read) only when there are some
          const ref = literal ? undefined : normalizeRef(image!);
          const platforms = ref ? await facts.imagePlatforms!(ref) : undefined;
          if (!literal && (!platforms || platforms.length === 0)) return;
          const engine = await facts.engineArchitecture!();
          if (!engine) return;
          const engineName = `${engine.os}/${arch(engine.architecture)}`;
          if (literal) {
            const [os = '', a = ''] = literal.split('/');
            if (os !== engine.os || arch(a) !== arch(engine.architecture))
              ctx.report({ range: flag!.getRange(), message: messages.flag(literal, engineName) });
            return;
          }
          if (!platforms!.some((p) => p.os === engine.os && arch(p.architecture) === arch(engine.architecture))) {
            ctx.report({
              range: imageRange!,
              message: messages.image(
                ref!,
                platforms!.map((p) => `${p.os}/${arch(p.architecture)}`).join(', '),
                engineName,
              ),
            });
          }
        });
      },
    };
  },
});
