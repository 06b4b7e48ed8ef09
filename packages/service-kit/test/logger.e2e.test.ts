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
      .map((line) => JSON.parse(line) as { msg: string; service: string });
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
});
