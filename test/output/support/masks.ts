/**
 * Hides what differs from run to run (ids, secrets, dates, tokens) so outputs of two runs against
 * fresh emulator state can be compared. Tables are also reduced to their words, since a masked
 * value's width no longer says how wide its column was.
 */
const masks: [RegExp, string][] = [
  [/\b[0-9a-f]{16}\.amazoncognito\.com/g, '<CLOUDFRONT>.amazoncognito.com'],
  [/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '<JWT>'],
  [/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<UUID>'],
  [/us-east-1_[A-Za-z0-9]+/g, '<POOL>'],
  [/\b1\d{9}(?:\.\d+)?\b/g, '<DATE>'],
  [/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d:\d\d\b/g, '<DATE>'],
  [/\b[a-z0-9]{26}\b/g, '<CLIENT>'],
  [/\b[A-Za-z0-9+/]{40,}={0,2}/g, '<SECRET>'],
];

export function mask(text: string): string {
  return masks.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}

export function maskTable(text: string): string {
  return mask(text)
    .split('\n')
    .map((line) => line.replace(/-{2,}/g, '-').replace(/ {2,}/g, ' ').replace(/ \|/g, '|').replace(/\| /g, '|'))
    .join('\n');
}
