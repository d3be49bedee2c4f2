import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  docs: {
    description: 'Using latest is prone to errors if the image ever updates; pin a release tag.',
    details:
      '`latest` is whatever was pushed last: the next build may get a new major version. A version tag makes builds repeatable and upgrades a visible change.\n\nBad: `FROM node:latest`\n\nGood: `FROM node:20.11-alpine`',
    url: docsUrl('latest-tag'),
  },
  messages: {
    latest: () =>
      'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
  },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from }) {
        if (!from) return;
        const range = from.tagRange;
        if (range && from.tag === 'latest' && from.digest === null) ctx.report({ range, message: messages.latest() });
      },
    };
  },
});
