import { describe, expect, it } from 'vitest';
import { composeFailureLines, composeFailureMessage } from './composeFailure';

// outputs of docker-compose 1.29.2 on this machine
const topLevelName = `The Compose file './a.yml' is invalid because:
'name' does not match any of the regexes: '^x-'

You might be seeing this error because you're using the wrong Compose file version. Either specify a supported version (e.g "2.2" or "3.3") and place your service definitions under the \`services\` key, or omit the \`version\` key and place your service definitions at the root of the file to use version 1.
For more on the Compose file format versions, see https://docs.docker.com/compose/compose-file/
`;
const yamlParser = `yaml.parser.ParserError: while parsing a block mapping
  in "./b.yml", line 2, column 3
expected <block end>, but found '<block mapping start>'
  in "./b.yml", line 4, column 4
`;
const dependsOnRestart = `The Compose file './c.yml' is invalid because:
services.web.depends_on contains unsupported option: 'restart'
`;
const portTaken = `Creating network "uxcf_default" with the default driver
Creating uxcf_web_1 ... \r
Creating uxcf_web2_1 ... \r
Host is already in use by another container
Creating uxcf_web_1  ... error\r

ERROR: for uxcf_web_1  Cannot start service web: driver failed programming external connectivity on endpoint uxcf_web_1 (42c1679cb380fc2f24f3de83c2758575fdca8c8d5bf1581ebc91be89dc98d022): Bind for 0.0.0.0:8080 failed: port is already allocated
Creating uxcf_web2_1 ... done\r

ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint uxcf_web_1 (42c1679cb380fc2f24f3de83c2758575fdca8c8d5bf1581ebc91be89dc98d022): Bind for 0.0.0.0:8080 failed: port is already allocated
Encountered errors while bringing up the project.
`;

describe('compose failure messages (unit)', () => {
  it('top-level name refused by docker-compose 1.x: the cause, not the advice that follows it', () => {
    expect(composeFailureMessage('up', 1, topLevelName)).toBe(
      "compose up failed (exit status 1): The Compose file './a.yml' is invalid because: top-level 'name' is not supported by this compose CLI (docker-compose 1.x)",
    );
  });

  it('a YAML error shows its message and where', () => {
    expect(composeFailureLines(yamlParser)).toEqual([
      "YAML error in ./b.yml line 4, column 4: expected <block end>, but found '<block mapping start>' (while parsing a block mapping at line 2, column 3)",
    ]);
  });

  it('an unsupported option', () => {
    expect(composeFailureLines(dependsOnRestart)).toEqual([
      "The Compose file './c.yml' is invalid because: services.web.depends_on contains unsupported option: 'restart'",
    ]);
  });

  it('ERROR lines once, without the progress and the endpoint id', () => {
    expect(composeFailureLines(portTaken)).toEqual([
      'Cannot start service web: driver failed programming external connectivity on endpoint uxcf_web_1: Bind for 0.0.0.0:8080 failed: port is already allocated',
    ]);
  });

  it('compose v2 style output, with ANSI colours', () => {
    const v2 =
      ' Network p_default  Creating\n Network p_default  Created\n\x1b[31mError response from daemon: pull access denied for nope\x1b[0m\n';
    expect(composeFailureLines(v2)).toEqual(['Error response from daemon: pull access denied for nope']);
  });

  it('no error words: the last meaningful line; nothing: no colon', () => {
    expect(composeFailureLines('Creating x ... done\nsomething odd happened\n')).toEqual(['something odd happened']);
    expect(composeFailureMessage('down', 2, '')).toBe('compose down failed (exit status 2)');
  });

  it('long lines are cut', () => {
    const [line] = composeFailureLines(`ERROR: ${'x'.repeat(1000)}`);
    expect(line).toHaveLength(300);
    expect(line!.endsWith('…')).toBe(true);
  });
});
