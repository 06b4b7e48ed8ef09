import { describe, expect, it } from 'vitest';
import { batchScopedLoader } from '../src/loaders.js';

/** A loader that records the keys of each batch it is asked for. */
function recordingLoader() {
  const batches: string[][] = [];
  const loader = batchScopedLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => key.toUpperCase());
  });
  return { loader, batches };
}

describe('batchScopedLoader', () => {
  it('loads the keys of one tick in one batch, each key once', async () => {
    const { loader, batches } = recordingLoader();
    const values = await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')]);
    expect(values).toEqual(['A', 'B', 'A']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('queries a later batch again, even when an earlier one fetched all its keys', async () => {
    const { loader, batches } = recordingLoader();
    await Promise.all([loader.load('a'), loader.load('b')]);
    expect(await loader.load('a')).toBe('A');
    // With a cache for the whole request this batch would cost nothing, and the statement count
    // of a request would depend on the rows its earlier batches returned.
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });

  it('keeps options such as the cache key', async () => {
    const batches: { id: string }[][] = [];
    const loader = batchScopedLoader<{ id: string }, string, string>(
      async (keys) => {
        batches.push([...keys]);
        return keys.map((key) => key.id);
      },
      { cacheKeyFn: (key) => key.id },
    );
    expect(await Promise.all([loader.load({ id: 'x' }), loader.load({ id: 'x' })])).toEqual(['x', 'x']);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(1);
  });
});
