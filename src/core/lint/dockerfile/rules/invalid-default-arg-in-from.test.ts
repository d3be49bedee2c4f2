import { testRule } from '../tester';
import rule from './invalid-default-arg-in-from';

testRule(rule, {
  valid: [
    'ARG TAG=3.19\nFROM alpine:${TAG}\n',
    'ARG TAG\nFROM alpine:${TAG:-3.19}\n',
    'ARG IMG=base\nFROM alpine AS base\nFROM ${IMG}\n',
    'FROM alpine\n',
    // `-` takes the default only when unset, `:-` also when empty (BuildKit's lexer)
    'ARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n',
    'ARG VERSION="latest"\nFROM busybox:${VERSION}\n',
    'ARG A=3.20\nARG B=alpine:${A}\nFROM $B\n',
  ],
  invalid: [
    {
      code: 'ARG TAG\nFROM alpine:${TAG}\n',
      errors: [
        {
          message: 'Default value for ARG alpine:${TAG} results in empty or invalid base image name',
          line: 2,
          column: 6,
        },
      ],
    },
    {
      code: 'ARG IMAGE\nFROM $IMAGE\n',
      errors: [
        { message: 'Default value for ARG $IMAGE results in empty or invalid base image name', line: 2, column: 6 },
      ],
    },
  ],
});
