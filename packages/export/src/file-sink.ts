import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** What the manifest records of each written file. */
export interface FileEntry {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
}

/**
 * A file written as it goes: bytes and the sha256 are computed from what is written, so the
 * manifest never reads a file back. Waits for the disk when its buffer is full (flat memory).
 */
export class FileSink {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  rows = 0;

  constructor(
    path: string,
    private readonly name: string,
  ) {
    this.stream = createWriteStream(path);
  }

  async write(text: string): Promise<void> {
    if (!text) return;
    const chunk = Buffer.from(text, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<FileEntry> {
    this.stream.end();
    await once(this.stream, 'finish');
    return { name: this.name, rows: this.rows, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}
