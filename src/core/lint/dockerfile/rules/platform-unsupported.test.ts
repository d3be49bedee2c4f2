import { testRule } from '../tester';
import rule from './platform-unsupported';
import type { EngineFacts } from '../../types';

const arm: EngineFacts = {
  engineArchitecture: async () => ({ os: 'linux', architecture: 'aarch64' }),
  imagePlatforms: async (ref) => (ref === 'legacy:1' ? [{ os: 'linux', architecture: 'amd64' }] : ref === 'multi:1' ? [{ os: 'linux', architecture: 'arm64' }] : undefined),
};
testRule(rule, {
  valid: [
    { code: 'FROM --platform=linux/amd64 legacy:1\n' },
    { code: 'FROM --platform=linux/arm64 legacy:1\nFROM multi:1\nFROM unknown:2\n', facts: arm },
    { code: 'FROM --platform=$BUILDPLATFORM legacy:1\n', facts: arm },
  ],
  invalid: [
    { code: 'FROM --platform=linux/amd64 multi:1\n', facts: arm, errors: [{ message: '--platform=linux/amd64 differs from the engine\'s linux/arm64: RUN steps need emulation (binfmt/QEMU) or fail with "exec format error"', line: 1, column: 6 }] },
    { code: 'FROM legacy:1\n', facts: arm, errors: [{ message: "Image 'legacy:1' is available for linux/amd64 only; the engine is linux/arm64", line: 1, column: 6 }] },
  ],
});
