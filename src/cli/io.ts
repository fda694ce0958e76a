// Reading JSON inputs and writing outputs for the `ee` commands, with backpressure and batching for bulk work.
import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

export interface CliStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** The input of a command: a file when given, otherwise stdin. */
export function inputStream(file: string | undefined, streams: CliStreams): Readable {
  return file === undefined || file === '-' ? streams.stdin : createReadStream(file);
}

/** Physical lines of a stream (1-based numbers), `\r\n` or `\n`, UTF-8. */
export async function* readLines(input: Readable): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let line = 0;
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let start = 0;
    let nl = pending.indexOf('\n', start);
    while (nl !== -1) {
      line++;
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line, text: pending.slice(start, end) };
      start = nl + 1;
      nl = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending.length > 0) yield { line: line + 1, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}

export async function readAll(input: Readable): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  return text + decoder.decode();
}

/**
 * The JSON documents of an input: one document (pretty-printed or not), or JSON lines.
 * A line that is not JSON comes back as `{ error }` in its place.
 */
export function jsonDocuments(text: string): { line: number; value?: unknown; error?: true }[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    return [{ line: 1, value: JSON.parse(trimmed) }];
  } catch {
    // Not a single document: read it as JSON lines.
  }
  const out: { line: number; value?: unknown; error?: true }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch {
      out.push({ line: i + 1, error: true });
    }
  });
  return out;
}

/** Buffered writer: joins small writes and waits when the stream asks to (stdout piped into a slow reader). */
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;
  private readonly out: Writable;
  private readonly limit: number;
  constructor(out: Writable, limit = 1 << 16) {
    this.out = out;
    this.limit = limit;
  }
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.out.write(text)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }
}
