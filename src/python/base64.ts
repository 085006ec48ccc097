/**
 * `base64.b64decode(text)` without validation: characters outside the alphabet are dropped and the
 * padding must be complete. Undefined where Python raises.
 */
export function pythonBase64Decode(text: string): Buffer | undefined {
  const kept = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const data = kept.replace(/=+$/, '');
  if (data.includes('=')) return undefined;
  const padding = kept.length - data.length;
  const remainder = data.length % 4;
  if (remainder === 1) return undefined;
  if (remainder !== 0 && padding < 4 - remainder) return undefined;
  return Buffer.from(data, 'base64');
}
