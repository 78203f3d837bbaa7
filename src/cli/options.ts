// Parsing of option values; each throws UsageError with a message fit for the user.
export class UsageError extends Error {}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1 << 10, kb: 1 << 10, kib: 1 << 10, m: 1 << 20, mb: 1 << 20, mib: 1 << 20, g: 1 << 30, gb: 1 << 30, gib: 1 << 30 };

/** `10MB`, `512k`, `1048576` -> bytes (units are powers of 1024). */
export function parseSize(value: string): number {
  // 10MB | 512 k | 1.5G | 1048576
  const m = /^(\d{1,15}(?:\.\d{1,6})?) ?([a-z]{0,3})$/i.exec(value.trim());
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`--max-bytes: "${value}" is not a size (examples: 10MB, 512KB, 1048576)`);
  const n = Math.floor(Number(m[1]) * unit);
  if (n < 1) throw new UsageError('--max-bytes must be at least 1 byte');
  return n;
}

export function parseJobs(value: string): number {
  if (!/^\d{1,4}$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--jobs: "${value}" is not a whole number of at least 1`);
  return Number(value);
}

export function parseExts(value: string): string[] {
  const exts = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  if (!exts.length) throw new UsageError('--ext needs at least one extension, e.g. --ext txt,text');
  return exts;
}
