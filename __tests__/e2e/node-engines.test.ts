/**
 * `npm ci` on the Node versions package.json declares prints no EBADENGINE: every package in the
 * lockfile accepts every version the declared range allows, and the range holds the version the
 * action runs on. Only one Node runs the tests, so the ranges are compared, as npm compares them.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** npm's own range logic, in the tree through npm's tooling (jest, eslint); loaded, not declared. */
const semver = createRequire(import.meta.url)('semver') as {
  subset(range: string, within: string): boolean;
  satisfies(version: string, range: string): boolean;
};

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const declared = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;

describe('the Node versions package.json declares', () => {
  it('are accepted by every package in package-lock.json', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    const refusing = Object.entries(lock.packages)
      // The root entry is this package's own declaration.
      .filter(([path, entry]) => path !== '' && entry.engines?.node !== undefined)
      .filter(([, entry]) => !semver.subset(declared, entry.engines!.node!))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants node ${entry.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it('hold the version the action runs on', () => {
    const runtime = /^\s*using:\s*node(\d+)\s*$/m.exec(read('action.yml'))?.[1];
    expect(runtime).toBeDefined();
    expect(semver.satisfies(`${runtime}.0.0`, declared)).toBe(true);
  });
});
