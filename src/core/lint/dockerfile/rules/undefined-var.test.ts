import { testRule } from '../tester';
import rule from './undefined-var';

const global = (name: string) =>
  `Usage of undefined variable '$${name}' (the global ARG needs \`ARG ${name}\` in this stage)`;
testRule(rule, {
  valid: [
    'FROM alpine\nARG VERSION=1\nCOPY app-$VERSION.tar /\n',
    'FROM node:20\nENV PATH=/app:$PATH\n',
    'FROM scratch AS a\nENV A=1\nFROM a\nLABEL x=$A\n',
    'FROM scratch\nARG X\nRUN echo $Y\nLABEL v=${Z:-default}\n',
    // global ARGs: in scope for FROM, and in a stage once declared again
    'ARG V=1\nFROM alpine:$V\nARG V\nCOPY $V /x\n',
    'ARG V=1\nFROM alpine\nARG V\nFROM alpine\nARG V\nCOPY $V /x\n',
    // the builder does not expand RUN, CMD, ENTRYPOINT or HEALTHCHECK: the shell does
    'ARG V=1\nFROM alpine\nRUN echo $V\nCMD echo $V\nENTRYPOINT ["sh", "-c", "echo $V"]\nHEALTHCHECK CMD test $V\n',
    'ARG V=1\nFROM alpine\nRUN <<EOF\necho $V\nEOF\n',
    'ARG V=1\nFROM alpine\nONBUILD COPY $V /x\n',
    // the official image sets <IMAGE>_VERSION in its env
    'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\nLABEL node=$NODE_VERSION\n',
    // a default keeps it quiet
    'ARG V=1\nFROM alpine\nCOPY ${V:-1} /x\n',
    '# escape=`\nARG V=1\nFROM alpine\nARG V\nCOPY $V `\n  /x\n',
    // BuildKit's testUnmatchedVars: an ARG in the stage it builds on, PATH from the base image
    'FROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n',
    'FROM alpine\nENV PATH=$PATH:/tmp/bin\n',
    // declared later in another stage: the image may define it
    'FROM alpine\nCOPY $foo .\nFROM alpine\nARG foo=bar\n',
  ],
  invalid: [
    // BuildKit's testUnmatchedVars: used before the stage declares it; a near miss of the default PATH
    {
      code: 'FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n',
      errors: [{ message: "Usage of undefined variable '$foo'", line: 2, column: 7, endColumn: 10 }],
    },
    {
      code: 'FROM alpine\nENV PATH=$PAHT:/tmp/bin\n',
      errors: [{ message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)", line: 2, column: 11 }],
    },
    {
      code: 'FROM alpine\nARG VERSION=1\nCOPY app-$VERISON.tar /\n',
      errors: [
        {
          message: "Usage of undefined variable '$VERISON' (did you mean $VERSION?)",
          line: 3,
          column: 11,
          endColumn: 18,
        },
      ],
    },
    { code: 'ARG G=1\nFROM scratch\nCOPY $G /\n', errors: [{ message: global('G'), line: 3, column: 7 }] },
    {
      code: 'FROM scratch\nCOPY $G /\n',
      errors: [{ message: "Usage of undefined variable '$G'", line: 2, column: 7 }],
    },
    { code: 'ARG V\nFROM alpine\nCOPY $V /x\n', errors: [{ message: global('V'), line: 3, column: 7, endColumn: 8 }] },
    {
      code: 'ARG V=1\nFROM alpine AS a\nARG V\nCOPY $V /x\nFROM alpine\nWORKDIR /$V\n',
      errors: [{ message: global('V'), line: 6, column: 11 }],
    },
    {
      code: 'ARG VERSION=1\nFROM alpine:${VERSION}\nLABEL version="${VERSION}" \\\n      other=x\n',
      errors: [{ message: global('VERSION'), line: 3, column: 18 }],
    },
    {
      code: '# escape=`\nARG V=1\nFROM alpine\nCOPY $V `\n  /x\n',
      errors: [{ message: global('V'), line: 4, column: 7 }],
    },
    {
      code: 'ARG NODE_VERSION=20\nFROM alpine\nENV NODE=$NODE_VERSION\n',
      errors: [{ message: global('NODE_VERSION'), line: 3, column: 11 }],
    },
  ],
});
