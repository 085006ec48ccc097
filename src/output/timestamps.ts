/**
 * cli_timestamp_format = iso8601: Python's datetime.fromtimestamp(value, tzlocal()).isoformat(),
 * e.g. `2019-01-21T19:38:15.428000+00:00` (microseconds only when there are some).
 */
import type { PythonNumber } from '../python/number.js';

export function isoTimestamp(value: PythonNumber | string): string {
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? value : isoFromEpoch(Math.floor(parsed / 1000), (parsed % 1000) * 1000);
  }
  const [whole, fraction = ''] = value.text.replace(/^-/, '').split(/[eE]/)[0].split('.');
  if (/[eE]/.test(value.text) || value.text.startsWith('-')) {
    const seconds = Number(value.text);
    const micros = Math.round((seconds - Math.floor(seconds)) * 1e6);
    return isoFromEpoch(Math.floor(seconds), micros);
  }
  const micros = Math.round(Number(`0.${fraction || '0'}`) * 1e6);
  return isoFromEpoch(Number(whole), micros);
}

function isoFromEpoch(seconds: number, micros: number): string {
  if (micros >= 1e6) {
    seconds += 1;
    micros -= 1e6;
  }
  const instant = new Date(seconds * 1000);
  const offsetMinutes = -instant.getTimezoneOffset();
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${date}T${time}${micros ? `.${pad(micros, 6)}` : ''}${offset}`;
}
