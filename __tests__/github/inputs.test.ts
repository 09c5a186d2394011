import { afterEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { parseInputs } from '../../src/github/inputs.js';

const set = (inputs: Record<string, string>) => {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
};

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    expect(parseInputs()).toMatchObject({
      config: 'promptgate.yml',
      workingDirectory: '.',
      comment: true,
      checkRun: true,
      reportDir: 'promptgate-report',
      uploadReport: true,
      all: false,
      maxUsd: undefined,
    });
  });

  it('parses dollar amounts and booleans', () => {
    set({ 'max-usd': '$2.50', comment: 'false', all: 'True', 'upload-report': 'false' });
    expect(parseInputs()).toMatchObject({ maxUsd: 2.5, comment: false, all: true, uploadReport: false });
  });

  it.each([
    [{ 'max-usd': 'five' }, "Invalid max-usd 'five'. Expected a dollar amount >= 0"],
    [{ comment: 'maybe' }, "Invalid comment 'maybe'. Expected true or false."],
    [{ all: 'yes' }, "Invalid all 'yes'. Expected true or false."],
    [
      { 'cassette-mode': 'tape' },
      "Invalid cassette-mode 'tape'. Expected one of: off, record, replay, auto.",
    ],
  ])('rejects %p with what was expected', (inputs, message) => {
    set(inputs);
    expect(() => parseInputs()).toThrow(UserError);
    expect(() => parseInputs()).toThrow(message);
  });
});
