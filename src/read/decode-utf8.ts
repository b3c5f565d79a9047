// Decode report bytes as UTF-8, strictly: a bad byte is a diagnostic, never a replacement character.

export type Decoded = { ok: true; text: string } | { ok: false; line: number; bytes: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decode bytes; on failure, report the 1-based line and the hex of the first bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidOffset(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const shown = Array.from(bytes.subarray(at, at + 2), (b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`);
    return { ok: false, line, bytes: shown.join(" ") };
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (the decoder only says that one exists). */
function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return i;
}
