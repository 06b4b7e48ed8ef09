import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOGGER = new URL('../dist/logger.js', import.meta.url).href;

/** Runs `body` in a Node process with the built logger; collects its stdout as it arrives. */
function run(body: string) {
  const script = `import { createLogger } from ${JSON.stringify(LOGGER)};\nconst logger = createLogger('test', 'info');\n${body}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('.', import.meta.url)) });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  const lines = () =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; service: string; i?: number });
  return { child, exited, lines };
}

describe('createLogger (buffered writes)', () => {
  it('writes a lone line within the flush interval, while the process keeps running', async () => {
    const { child, exited, lines } = run(`logger.info('first'); setTimeout(() => {}, 10_000);`);
    try {
      await expect.poll(() => lines().length, { timeout: 3000, interval: 20 }).toBe(1);
      expect(child.exitCode).toBeNull();
      expect(lines()[0]).toMatchObject({ msg: 'first', service: 'test' });
    } finally {
      child.kill();
      await exited;
    }
  });

  it('writes every buffered line when the process exits right after logging', async () => {
    const { exited, lines } = run(`for (let i = 0; i < 25; i++) logger.info('line ' + i); process.exit(3);`);
    expect(await exited).toBe(3);
    expect(lines().map((line) => line.msg)).toEqual(Array.from({ length: 25 }, (_, i) => `line ${i}`));
  });

  it('keeps at most 4 MiB waiting for the reader: later lines are dropped whole, earlier ones kept in order', async () => {
    // 20,000 lines of ~1.1 KiB logged in one go, before the first write can finish: ~22 MiB.
    const { exited, lines } = run(`const pad = 'x'.repeat(1000); for (let i = 0; i < 20_000; i++) logger.info({ pad, i }, 'line');`);
    expect(await exited).toBe(0);
    const kept = lines().map((line) => line.i);
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.length).toBeLessThan(5000);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => i));
  });
});
