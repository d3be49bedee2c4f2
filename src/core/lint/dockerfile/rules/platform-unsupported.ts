import { docsUrl } from '../../rule';
import { defineRule } from '../model';
import { arch } from './invalid-base-image-platform';

export default defineRule({
  id: 'platform-unsupported',
  aliases: [],
  severity: 'warning',
  docs: {
    description:
      "A FROM's `--platform` is one the engine cannot run natively, so its RUN steps need emulation (engine-aware).",
    details:
      'The stage is built for a platform the engine cannot run natively (for example `--platform=linux/amd64` on an arm64 engine). RUN steps then need QEMU emulation and are slow, or fail with "exec format error". Checked only when the engine is reachable. A base image present on the engine for another platform than the build\'s is [invalid-base-image-platform](invalid-base-image-platform.md) (BuildKit\'s InvalidBaseImagePlatform).\n\nBad (arm64 engine): `FROM --platform=linux/amd64 some/amd64-only:1`\n\nGood: `FROM alpine:3.20` (multi-arch), or build on a matching engine',
    url: docsUrl('platform-unsupported'),
  },
  messages: {
    flag: (platform: string, engine: string) =>
      `--platform=${platform} differs from the engine's ${engine}: RUN steps need emulation (binfmt/QEMU) or fail with "exec format error"`,
  },
  create(ctx) {
    const { messages } = this;
    const engineArchitecture = ctx.facts?.engineArchitecture?.bind(ctx.facts);
    return {
      FROM({ from, onbuild }) {
        if (onbuild || !engineArchitecture || !from) return;
        const flag = from.platformFlag;
        const platform = flag?.getValue();
        if (!flag || !platform || platform.includes('$')) return;
        ctx.defer(async () => {
          const engine = await engineArchitecture();
          if (!engine) return;
          const [os = '', a = ''] = platform.split('/');
          if (os !== engine.os || arch(a) !== arch(engine.architecture))
            ctx.report({
              range: flag.getRange(),
              message: messages.flag(platform, `${engine.os}/${arch(engine.architecture)}`),
            });
        });
      },
    };
  },
});
