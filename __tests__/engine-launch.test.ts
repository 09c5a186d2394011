import { describe, expect, it } from '@jest/globals';
import { mallocSettings } from '../src/engine-launch.js';

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
