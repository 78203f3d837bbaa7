// Turns the PATH arguments into an ordered list of inputs: files as given, directories
// recursed (sorted, hidden entries skipped, only the chosen extensions), `-` for stdin.
import fs from 'node:fs';
import path from 'node:path';

export interface Input {
  /** Path as the user will recognise it (`-` for stdin). */
  path: string;
  /** The directory argument it was found under, for mirroring into --out; null for a file named directly. */
  root: string | null;
}

export interface InputProblem {
  path: string;
  message: string;
}

export function expandInputs(args: string[], exts: string[], problems: InputProblem[]): Input[] {
  const out: Input[] = [];
  const wanted = exts.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', root: null });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (err) {
      problems.push({ path: arg, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message });
      continue;
    }
    if (st.isDirectory()) walk(arg, arg, wanted, out, problems, new Set());
    else out.push({ path: arg, root: null });
  }
  return out;
}

function walk(dir: string, root: string, exts: string[], out: Input[], problems: InputProblem[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    problems.push({ path: dir, message: (err as Error).message });
    return;
  }
  if (seen.has(real)) {
    problems.push({ path: dir, message: 'symbolic link loop, skipped' });
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, message: `cannot read directory: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        problems.push({ path: p, message: 'broken symbolic link, skipped' });
        continue;
      }
    }
    if (isDir) walk(p, root, exts, out, problems, seen);
    else if (isFile && exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ path: p, root });
  }
  seen.delete(real);
}
