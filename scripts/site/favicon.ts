// /favicon.ico, drawn here: browsers and embeds ask for it whatever the page declares. A 32×32
// 32-bit icon (the same blue square and white page as favicon.svg), deterministic bytes.

const SIZE = 32;
const BLUE = [0x94, 0x53, 0x0b, 0xff]; // #0b5394 as B, G, R, A
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

function pixel(x: number, y: number): number[] {
  // Rounded corners of radius 6.
  const r = 6;
  const clamp = (v: number) => Math.max(r, Math.min(SIZE - 1 - r, v));
  const cx = clamp(x);
  const cy = clamp(y);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  // A page outline with two lines of text, as in favicon.svg (y grows downwards here).
  const onFrame = x >= 9 && x <= 23 && y >= 8 && y <= 24 && (x <= 10 || x >= 22 || y <= 9 || y >= 23);
  const onLine = x >= 13 && x <= 19 && (y === 13 || y === 17);
  return onFrame || onLine ? WHITE : BLUE;
}

export function faviconIco(): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let row = 0; row < SIZE; row++) {
    const y = SIZE - 1 - row; // BMP rows run bottom-up
    for (let x = 0; x < SIZE; x++) pixels.set(pixel(x, y), (row * SIZE + x) * 4);
  }
  const mask = Buffer.alloc((SIZE * SIZE) / 8); // all 0: the alpha channel decides
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(SIZE, 4);
  header.writeInt32LE(SIZE * 2, 8); // colour + mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([header, pixels, mask]);
  const dir = Buffer.alloc(6 + 16);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2); // icon
  dir.writeUInt16LE(1, 4); // one image
  dir.writeUInt8(SIZE, 6);
  dir.writeUInt8(SIZE, 7);
  dir.writeUInt16LE(1, 10);
  dir.writeUInt16LE(32, 12);
  dir.writeUInt32LE(image.length, 14);
  dir.writeUInt32LE(22, 18);
  return Buffer.concat([dir, image]);
}
