import { testRule } from '../tester';
import rule from './copy-all-before-install';

testRule(rule, {
  valid: [
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
    'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm run build\n',
    'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install -r requirements.txt\n',
    'FROM node:20 AS deps\nCOPY . .\nFROM node:20\nRUN npm ci\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
      errors: [
        {
          message:
            'COPY of the whole build context before `npm` install defeats the layer cache: copy package.json and package-lock.json first, install, then copy the rest',
          line: 3,
          column: 1,
        },
      ],
    },
    {
      code: 'FROM golang:1.22\nWORKDIR /src\nCOPY ./ ./\nRUN go mod download && go build ./...\n',
      errors: [
        {
          message:
            'COPY of the whole build context before `go` install defeats the layer cache: copy go.mod and go.sum first, install, then copy the rest',
          line: 3,
          column: 1,
        },
      ],
    },
    {
      code: 'FROM python:3.12\nADD . /app\nRUN pip install --no-cache-dir -r /app/requirements.txt\n',
      errors: [
        {
          message:
            'COPY of the whole build context before `pip` install defeats the layer cache: copy requirements.txt first, install, then copy the rest',
          line: 2,
          column: 1,
        },
      ],
    },
  ],
});
