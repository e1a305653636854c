// Draws images/icon.png (128×128): seven framework steps as bars, each with a check box;
// five are checked, two are flagged — what MLSD shows of a design doc. Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function set(x, y, [r, g, b, a = 255]) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  const i = (y * SIZE + x) * 4;
  pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = a;
}

function rect(x0, y0, w, h, color, radius = 0) {
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const dx = Math.max(x0 + radius - x - 0.5, 0, x + 0.5 - (x0 + w - radius));
      const dy = Math.max(y0 + radius - y - 0.5, 0, y + 0.5 - (y0 + h - radius));
      if (radius === 0 || dx * dx + dy * dy <= radius * radius) set(x, y, color);
    }
  }
}

// Background: a rounded square, dark blue shading to indigo.
for (let y = 0; y < SIZE; y++) {
  const t = y / SIZE;
  rect(0, y, SIZE, 1, [Math.round(24 + 30 * t), Math.round(38 + 10 * t), Math.round(78 + 40 * t)]);
}
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const r = 22;
    const dx = Math.max(r - x - 0.5, 0, x + 0.5 - (SIZE - r));
    const dy = Math.max(r - y - 0.5, 0, y + 0.5 - (SIZE - r));
    if (dx * dx + dy * dy > r * r) set(x, y, [0, 0, 0, 0]);
  }
}

const GREEN = [76, 201, 128];
const AMBER = [255, 183, 77];
const WHITE = [230, 236, 250];
const lengths = [70, 56, 64, 48, 66, 40, 58];
const flagged = new Set([3, 5]);
lengths.forEach((length, i) => {
  const y = 16 + i * 14;
  const mark = flagged.has(i) ? AMBER : GREEN;
  rect(16, y, 10, 10, mark, 2);
  rect(34, y + 2, length, 6, flagged.has(i) ? [150, 160, 190] : WHITE, 3);
});

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.concat(
  Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])),
);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
