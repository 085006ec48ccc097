import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { base32Decode, otpauthUri, renderQr, totpCode } from '../../src/auth/totp.js';

describe('base32', () => {
  // RFC 4648, section 10.
  const vectors: Array<[string, string]> = [
    ['', ''],
    ['MY======', 'f'],
    ['MZXQ====', 'fo'],
    ['MZXW6===', 'foo'],
    ['MZXW6YQ=', 'foob'],
    ['MZXW6YTB', 'fooba'],
    ['MZXW6YTBOI======', 'foobar'],
    ['mzxw 6ytb oi', 'foobar'],
  ];
  for (const [encoded, decoded] of vectors) {
    test(`${JSON.stringify(encoded)} -> ${JSON.stringify(decoded)}`, () => assert.equal(base32Decode(encoded).toString('latin1'), decoded));
  }
  test('a character outside the alphabet is refused', () => {
    assert.throws(() => base32Decode('MZXW1'), /Not a base32 secret: unexpected '1'/);
  });
});

describe('TOTP codes', () => {
  // RFC 6238 appendix B, SHA-1 rows; the seed is the ASCII string 12345678901234567890.
  const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const vectors: Array<[number, string]> = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  for (const [time, code] of vectors) {
    test(`RFC 6238 at T=${time}: ${code}`, () => {
      assert.equal(totpCode(seed, { time, digits: 8 }), code);
      assert.equal(totpCode(seed, { time }), code.slice(2));
    });
  }
  test('the code changes every 30 seconds and not within a step', () => {
    assert.equal(totpCode(seed, { time: 30 }), totpCode(seed, { time: 59.9 }));
    assert.notEqual(totpCode(seed, { time: 59 }), totpCode(seed, { time: 60 }));
  });
});

describe('otpauth URI', () => {
  const cases: Array<[Parameters<typeof otpauthUri>[0], string]> = [
    [{ secret: 'JBSWY3DPEHPK3PXP', issuer: 'Example', account: 'diego' }, 'otpauth://totp/Example:diego?secret=JBSWY3DPEHPK3PXP&issuer=Example'],
    [
      { secret: 'JBSWY3DPEHPK3PXP', issuer: 'Acme Co', account: 'diego@example.com' },
      'otpauth://totp/Acme%20Co:diego%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Co',
    ],
    [
      { secret: 'ABC', issuer: 'a:b&c=d', account: 'x/y?z#' },
      'otpauth://totp/a%3Ab%26c%3Dd:x%2Fy%3Fz%23?secret=ABC&issuer=a%3Ab%26c%3Dd',
    ],
    [{ secret: 'ABC', issuer: 'Café', account: 'zoë' }, 'otpauth://totp/Caf%C3%A9:zo%C3%AB?secret=ABC&issuer=Caf%C3%A9'],
  ];
  for (const [input, expected] of cases) {
    test(`${input.issuer} / ${input.account}`, () => assert.equal(otpauthUri(input), expected));
  }
  test('the URI parses back to the same issuer, account and secret', () => {
    const uri = new URL(otpauthUri({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'My: Pool & Co', account: 'ana+1@example.com' }));
    const [issuer, account] = uri.pathname.slice(1).split(':').map(decodeURIComponent);
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.host, 'totp');
    assert.equal(issuer, 'My: Pool & Co');
    assert.equal(account, 'ana+1@example.com');
    assert.equal(uri.searchParams.get('issuer'), 'My: Pool & Co');
    assert.equal(uri.searchParams.get('secret'), 'JBSWY3DPEHPK3PXP');
  });
});

describe('QR code in the terminal', () => {
  const require = createRequire(import.meta.url);
  const qrcode = require('qrcode') as { create(text: string, options: object): { modules: { size: number; data: Uint8Array } } };

  /** Reads the drawing back into dark/light modules: each character is two rows (upper, lower half). */
  function readBack(drawing: string, size: number): boolean[][] {
    const lines = drawing.replace(/\x1b\[\d+m/g, '').split('\n').filter((line) => line.length > 0);
    const halves: Record<string, [boolean, boolean]> = { ' ': [false, false], '▄': [false, true], '▀': [true, false], '█': [true, true] };
    const rows: boolean[][] = [];
    // Line i holds rows 2i-1 and 2i; row -1 is the light border above the code.
    for (let i = 0; rows.length < size; i++) {
      const chars = [...lines[i]!];
      assert.equal(chars.length, size + 2, `line ${i} is the code and a light column either side`);
      const pairs = chars.slice(1, size + 1).map((char) => halves[char] ?? assert.fail(`unexpected ${JSON.stringify(char)}`));
      if (i > 0) rows.push(pairs.map(([upper]) => upper));
      if (rows.length < size) rows.push(pairs.map(([, lower]) => lower));
    }
    return rows;
  }

  test('draws the modules of the QR code of the URI, black on white', async () => {
    const uri = otpauthUri({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'Acme Co', account: 'diego@example.com' });
    const drawing = await renderQr(uri);
    assert.match(drawing, /\x1b\[47m\x1b\[30m/, 'white background, black foreground');
    const { modules } = qrcode.create(uri, { errorCorrectionLevel: 'M' });
    const expected = Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => Boolean(modules.data[y * modules.size + x])));
    assert.deepEqual(readBack(drawing, modules.size), expected);
  });
});
