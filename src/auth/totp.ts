/** TOTP set-up helpers: the otpauth URI authenticator apps read, RFC 6238 codes, and a QR code for the terminal. */
import { createHmac } from 'node:crypto';

export interface OtpauthInput {
  /** The base32 SecretCode from AssociateSoftwareToken. */
  secret: string;
  issuer: string;
  account: string;
}

/** `otpauth://totp/ISSUER:ACCOUNT?secret=SECRET&issuer=ISSUER`, each part percent-encoded. */
export function otpauthUri({ secret, issuer, account }: OtpauthInput): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, case-insensitive, padding and spaces ignored. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new RangeError(`Not a base32 secret: unexpected '${char}'`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

export interface TotpOptions {
  /** Seconds since the epoch; now when not given. */
  time?: number;
  period?: number;
  digits?: number;
}

/** An RFC 6238 code (HMAC-SHA1, 30-second steps, 6 digits by default) for a base32 secret. */
export function totpCode(secret: string, options: TotpOptions = {}): string {
  const { time = Date.now() / 1000, period = 30, digits = 6 } = options;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / period)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The QR code of `text` drawn with half-block characters in black on white, two modules a line, so
 * it scans on dark and light terminals alike. The drawing library loads only when a code is drawn.
 */
export async function renderQr(text: string): Promise<string> {
  const { default: qrcode } = await import('qrcode');
  return qrcode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}
