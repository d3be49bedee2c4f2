import { From } from 'dockerfile-ast';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';
import { normalizeRef } from './image-not-present';

const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', aarch64: 'arm64', armhf: 'arm', armv7l: 'arm' };
export const arch = (a: string) => ARCH_ALIASES[a.toLowerCase()] ?? a.toLowerCase();
/** a `--platform` that names the build's own platform (BuildKit fills these in from the builder) */
const BUILD_OWN = /^\$\{?(BUILDPLATFORM|TARGETPLATFORM)\}?$/;

interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}
const format = (p: Platform) => [p.os, arch(p.architecture), p.variant].filter(Boolean).join('/');
/** BuildKit's platforms.Only match, as far as os, architecture and (when both say) variant go */
const matches = (want: Platform, got: Platform) =>
  want.os.toLowerCase() === got.os.toLowerCase() &&
  arch(want.architecture) === arch(got.architecture) &&
  (!want.variant || !got.variant || want.variant === got.variant);

export default defineRule({
  id: 'invalid-base-image-platform',
  aliases: ['InvalidBaseImagePlatform'],
  severity: 'warning',
  docs: {
    description: "The base image on the engine was pulled for another platform than the build's (engine-aware).",
    details:
      "BuildKit warns when the image a stage starts from has another platform than the one the stage is built for: the `--platform` of the FROM, or else the engine's own. Offline the image's platform is unknown, so this rule asks the engine: a FROM whose image is present locally with another os/architecture is reported, with BuildKit's message. An image that is not present is pulled for the right platform, and is not reported.\n\nBad (the local `app:1` is linux/amd64):\n```dockerfile\nFROM --platform=linux/arm64 app:1\n```\nGood: pull or build `app:1` for linux/arm64, or drop the `--platform`",
    url: docsUrl('invalid-base-image-platform'),
  },
  messages: {
    mismatch: (image: string, actual: string, expected: string) =>
      `Base image ${image} was pulled with platform "${actual}", expected "${expected}" for current build`,
  },
  create(ctx) {
    const { messages } = this;
    const facts = ctx.facts;
    const imagePlatforms = facts?.imagePlatforms?.bind(facts);
    return {
      FROM({ inst, stage, onbuild }) {
        if (onbuild || !imagePlatforms || !(inst instanceof From)) return;
        const image = inst.getImage();
        const range = inst.getImageRange();
        if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch' || stage?.fromStage) return;
        const flag = inst.getPlatformFlag()?.getValue();
        if (flag?.includes('$') && !BUILD_OWN.test(flag)) return;
        const literal = flag && !flag.includes('$') ? flag : undefined;
        ctx.defer(async () => {
          // the image's platform first: the engine's (GET /version, the slowest read) only when it is known
          const got = await imagePlatforms(normalizeRef(image));
          const [first] = got ?? [];
          if (!got || !first) return;
          let want: Platform | undefined;
          if (literal) {
            const [os = '', architecture = '', variant] = literal.split('/');
            want = { os, architecture, ...(variant ? { variant } : {}) };
          } else want = await facts?.engineArchitecture?.();
          if (!want || got.some((p) => matches(want, p))) return;
          ctx.report({
            range: inst.getRange(),
            message: messages.mismatch(image, format(first), format(want)),
          });
        });
      },
    };
  },
});
