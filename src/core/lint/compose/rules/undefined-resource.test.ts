import { undefinedResource } from './undefined-resource';
import { ruleTester } from '../tester';

ruleTester(undefinedResource, {
  valid: [
    'services:\n  a:\n    image: a:1\n    networks: [back]\n    volumes: ["data:/d", "./src:/src", "/abs:/abs"]\n    secrets: [s]\nnetworks:\n  back: {}\nvolumes:\n  data:\nsecrets:\n  s:\n    file: ./s.txt\n',
    'services:\n  a:\n    image: a:1\n    networks: [default]\n',
    {
      code: 'services:\n  a:\n    networks: [back]\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\nnetworks:\n  back:\n' },
    },
    {
      code: 'include:\n  - lib/db.yaml\nservices:\n  a:\n    image: a:1\n    volumes: ["dbdata:/x"]\n',
      files: { 'lib/db.yaml': 'services:\n  db:\n    image: pg:1\nvolumes:\n  dbdata:\n' },
    },
    {
      // an include fragment: the file including it declares the network
      code: 'services:\n  db:\n    image: pg:1\n    networks: [back]\n',
      fileName: 'lib/db.yaml',
      files: { 'compose.yaml': 'include:\n  - lib/db.yaml\nnetworks:\n  back:\n' },
    },
    {
      // COMPOSE_FILE in .env puts base.yml before this file
      code: 'services:\n  a:\n    networks: [back]\n',
      fileName: 'dev.yml',
      files: {
        '.env': 'COMPOSE_FILE=base.yml:dev.yml\n',
        'base.yml': 'services:\n  a:\n    image: a:1\nnetworks:\n  back:\n',
      },
    },
  ],
  invalid: [
    {
      // an override file whose base is not there: lowered to info, saying why
      code: 'services:\n  a:\n    networks: [back]\n',
      fileName: 'compose.override.yaml',
      message:
        'uses network `back`, which is not declared under top-level `networks` (this looks like an override file',
      line: 3,
      column: 16,
      output: 'services:\n  a:\n    networks: [back]\nnetworks:\n  back:\n',
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    networks:\n      - back\nnetworks:\n  front:\n',
      message: 'uses network `back`, which is not declared',
      line: 5,
      column: 9,
      output: 'services:\n  a:\n    image: a:1\n    networks:\n      - back\nnetworks:\n  front:\n  back:\n',
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    volumes:\n      - data:/var/lib/data:ro\n',
      message: 'uses volume `data`',
      line: 5,
      column: 9,
      endColumn: 13,
      output: 'services:\n  a:\n    image: a:1\n    volumes:\n      - data:/var/lib/data:ro\nvolumes:\n  data:\n',
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    secrets:\n      - source: token\n',
      message: 'uses secret `token`',
      line: 5,
      column: 17,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    configs: [conf]\n',
      message: 'uses config `conf`',
      line: 4,
      column: 15,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    networks:\n      back:\n        aliases: [x]\nnetworks: {}\n',
      message: 'uses network `back`',
      line: 5,
      column: 7,
      output:
        'services:\n  a:\n    image: a:1\n    networks:\n      back:\n        aliases: [x]\nnetworks: \n  back:\n',
    },
  ],
});
