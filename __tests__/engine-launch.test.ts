import { describe, expect, it } from '@jest/globals';
import { mallocSettings, reexecutedArgv } from '../src/engine-launch.js';

describe('mallocSettings', () => {
  it("holds glibc's mmap threshold at 64 KB, marked as the launcher's own", () => {
    expect(mallocSettings({ PATH: '/usr/bin' })).toEqual({
      MALLOC_MMAP_THRESHOLD_: '65536',
      PROMPTGATE_MALLOC_SET: '1',
    });
  });

  it('leaves a threshold or malloc tunables the user set alone', () => {
    expect(mallocSettings({ MALLOC_MMAP_THRESHOLD_: '131072' })).toEqual({});
    expect(mallocSettings({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' })).toEqual({});
    expect(mallocSettings({ GLIBC_TUNABLES: 'glibc.rtld.optional_static_tls=512' })).toEqual({
      MALLOC_MMAP_THRESHOLD_: '65536',
      PROMPTGATE_MALLOC_SET: '1',
    });
  });
});

describe('reexecutedArgv', () => {
  it("keeps the process's own command line and adds the engine's V8 flags before the script", () => {
    const argv = reexecutedArgv(
      '/usr/bin/node',
      ['--enable-source-maps'],
      ['/usr/bin/node', '/action/dist/cli.js', 'run', '--out', 'report dir'],
    );
    expect(argv).toEqual([
      '/usr/bin/node',
      '--enable-source-maps',
      '--max-semi-space-size=8',
      '--no-concurrent-recompilation',
      '/action/dist/cli.js',
      'run',
      '--out',
      'report dir',
    ]);
  });
});
