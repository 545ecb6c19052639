import { createHmac, randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function toBase32(bytes: Buffer): string {
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i + 5 <= bits.length; i += 5) out += alphabet[Number.parseInt(bits.slice(i, i + 5), 2)];
  return out;
}

function fromBase32(text: string): Buffer {
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

export function newTotpSecret(): string {
  return toBase32(randomBytes(20));
}

/** RFC 6238: six digits from HMAC-SHA1 over 30-second steps. */
export function totpCode(secret: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', fromBase32(secret)).update(counter).digest();
  const offset = (mac.at(-1) ?? 0) & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** Accepts the code of the current step and of one step either side, for clocks that drift. */
export function verifyTotp(secret: string, code: string, at: number = Date.now()): boolean {
  return [-1, 0, 1].some((step) => totpCode(secret, at + step * 30_000) === code);
}

export function otpauthUrl(secret: string, email: string): string {
  const label = encodeURIComponent(`Birge:${email}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=Birge&algorithm=SHA1&digits=6&period=30`;
}
