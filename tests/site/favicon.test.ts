import { describe, expect, it } from "vitest";
import { faviconIco } from "../../scripts/site/favicon.ts";

describe("faviconIco", () => {
  it("is one 32×32, 32-bit icon whose sizes add up", () => {
    const ico = faviconIco();
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], ico.readUInt16LE(12)]).toEqual([32, 32, 32]);
    expect(ico.readUInt32LE(18) + ico.readUInt32LE(14)).toBe(ico.length);
  });
  it("has the brand blue in its middle-left and transparent corners", () => {
    const ico = faviconIco();
    const pixel = (x: number, y: number) => {
      const at = 22 + 40 + ((31 - y) * 32 + x) * 4;
      return [...ico.subarray(at, at + 4)];
    };
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(4, 16)).toEqual([0x94, 0x53, 0x0b, 0xff]);
  });
});
