/**
 * Guards the language server's input before the JSON-RPC reader: a header block whose
 * Content-Length is missing, negative, not a number or absurdly large would wedge the reader
 * for good (it waits for a body that never comes, and every later message with it). Such a
 * block is dropped and reading goes on at the next header, so one bad frame costs one message.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
/** Far beyond any document a user opens (analysis stops at 500,000 characters). */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;
/** A header block longer than this is not one: it is dropped while waiting for its end. */
const MAX_HEADER_BYTES = 64 * 1024;

export class FrameGuard extends Transform {
  private pending: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.forward();
    done();
  }

  /** Passes on every whole, well-formed frame; drops malformed header blocks. */
  private forward(): void {
    for (;;) {
      const end = this.pending.indexOf(HEADER_END);
      if (end < 0) {
        if (this.pending.length > MAX_HEADER_BYTES) this.pending = this.pending.subarray(this.pending.length - HEADER_END.length);
        return;
      }
      const length = contentLength(this.pending.subarray(0, end).toString('latin1'));
      const frameEnd = end + HEADER_END.length + (length ?? 0);
      if (length === undefined) {
        this.pending = this.pending.subarray(end + HEADER_END.length);
        continue;
      }
      if (this.pending.length < frameEnd) return;
      // Passed on with a header of its own: whatever preceded the length (a dropped frame's body) stays behind.
      this.push(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), this.pending.subarray(end + HEADER_END.length, frameEnd)]));
      this.pending = this.pending.subarray(frameEnd);
    }
  }
}

/** The last Content-Length of a header block, if it is a length a frame can have. */
export function contentLength(header: string): number | undefined {
  const values = [...header.matchAll(/content-length[ \t]*:[ \t]*([^\r\n]*)/gi)].map((match) => match[1]!.trim());
  const value = values[values.length - 1];
  if (value === undefined || !/^\d{1,10}$/.test(value)) return undefined;
  const length = Number(value);
  return length <= MAX_FRAME_BYTES ? length : undefined;
}
