/** Malformed frames cost one message, never the connection. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contentLength, FrameGuard, MAX_FRAME_BYTES } from '../src/node/frame-guard.js';
import { SERVER } from './lsp-client.js';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

function through(...chunks: string[]): Promise<string> {
  return new Promise((resolve) => {
    const guard = new FrameGuard();
    const out: Buffer[] = [];
    guard.on('data', (chunk: Buffer) => out.push(chunk));
    guard.on('end', () => resolve(Buffer.concat(out).toString('utf8')));
    for (const chunk of chunks) guard.write(chunk);
    guard.end();
  });
}

describe('FrameGuard', () => {
  it('passes well-formed frames, whole, however they are split', async () => {
    const one = frame('{"jsonrpc":"2.0","method":"a"}');
    const two = frame('{"jsonrpc":"2.0","method":"ü"}');
    expect(await through(one.slice(0, 7), one.slice(7) + two.slice(0, 30), two.slice(30))).toBe(one + two);
  });

  it('drops a header block with a negative, missing, non-numeric or huge length, and reads on', async () => {
    const good = frame('{"jsonrpc":"2.0","method":"ok"}');
    for (const bad of ['Content-Length: -5\r\n\r\n', 'Content-Type: x\r\n\r\n', 'Content-Length: 1e3\r\n\r\n', `Content-Length: ${MAX_FRAME_BYTES + 1}\r\n\r\n`]) {
      expect(await through(bad + good), bad).toBe(good);
    }
    expect(contentLength('Content-Length: 12\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8')).toBe(12);
  });

  it('keeps the language server answering after a negative Content-Length', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const answered = new Promise<void>((resolve) =>
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"id":1')) resolve();
      }),
    );
    child.stdin!.write('Content-Length: -5\r\n\r\n');
    child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })));
    await answered;
    expect(output).toContain('"capabilities"');
    child.kill();
  });
});
