/**
 * What a file is by its first bytes, whatever its name or declared type say (./rules.ts decides what to do
 * with it). Only signatures that cannot be mistaken: a program header, or one of the few types whose claim
 * is checked (an upload claiming `image/png` must start like a PNG).
 */

/** Bytes of the head that sniffing needs (WebP: "RIFF", size, "WEBP"). */
export const HEAD_BYTES = 16;

interface Signature {
  bytes: Array<number | null>; // null: any byte
  offset?: number;
}

const EXECUTABLES: Array<Signature & { what: string }> = [
  { bytes: [0x4d, 0x5a], what: 'a Windows program' }, // "MZ"
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a Linux program (ELF)' },
  { bytes: [0xfe, 0xed, 0xfa, 0xce], what: 'a macOS program (Mach-O)' },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], what: 'a macOS program (Mach-O)' },
  { bytes: [0xce, 0xfa, 0xed, 0xfe], what: 'a macOS program (Mach-O)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program (Mach-O)' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], what: 'a macOS or Java program' }, // universal binary, Java class
  { bytes: [0x49, 0x54, 0x53, 0x46], what: 'a compiled Windows help file (CHM)' }, // "ITSF"
];

/** Types whose claim is checked against the content, and their signatures. */
const SIGNED_TYPES: Record<string, Signature[]> = {
  'image/png': [{ bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  'image/jpeg': [{ bytes: [0xff, 0xd8, 0xff] }],
  'image/gif': [{ bytes: [...'GIF87a'].map(code) }, { bytes: [...'GIF89a'].map(code) }],
  'image/webp': [{ bytes: [...[...'RIFF'].map(code), null, null, null, null, ...[...'WEBP'].map(code)] }],
  'application/pdf': [{ bytes: [...'%PDF-'].map(code) }],
};

function code(char: string): number {
  return char.charCodeAt(0);
}

function matches(head: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (head.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((byte, index) => byte === null || head[offset + index] === byte);
}

/** What kind of program the head shows, e.g. "a Linux program (ELF)"; null for anything else. */
export function executableKind(head: Uint8Array): string | null {
  return EXECUTABLES.find((signature) => matches(head, signature))?.what ?? null;
}

/** The checked type the content shows (`image/png`…), or null when it is none of them. */
export function sniffedType(head: Uint8Array): string | null {
  for (const [type, signatures] of Object.entries(SIGNED_TYPES)) if (signatures.some((signature) => matches(head, signature))) return type;
  return null;
}

/** Whether a type is one whose content is checked (a claim of it that the content does not show is false). */
export function isSignedType(type: string): boolean {
  return Object.hasOwn(SIGNED_TYPES, type);
}
