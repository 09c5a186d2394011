import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

describe('config-validator.generated.ts', () => {
  it('matches promptgate.schema.json (else run `node scripts/generate-config-validator.mjs`)', () => {
    // Throws with the script's message when the compiled validator no longer matches the schema.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate-config-validator.mjs', '--check'], {
        cwd: projectDir,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
