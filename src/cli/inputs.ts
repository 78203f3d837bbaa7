// Turns the PATH arguments into an ordered list of inputs: files as given, directories
// recursed (entries sorted by name, hidden ones skipped, only the chosen extensions), `-`
// for stdin. Only paths are held, never contents. Symbolic link loops, broken links and
// unreadable directories become problems and the walk goes on.
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

const reason = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return code ?? (err as Error).message;
};

/** `exts` are lower-case with their dot: `.txt`. */
export function expandInputs(args: string[], exts: string[], problems: InputProblem[]): Input[] {
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: '-', root: null });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (err) {
      problems.push({ path: arg, message: reason(err) });
      continue;
    }
    if (st.isDirectory()) walk(arg, arg, exts, out, problems, new Set());
    else out.push({ path: arg, root: null });
  }
  return out;
}

// `seen` holds the real paths of the directories on the way down from the root: meeting
// one again means a symbolic link points back up, and following it would never end.
function walk(dir: string, root: string, exts: string[], out: Input[], problems: InputProblem[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    problems.push({ path: dir, message: `cannot read directory: ${reason(err)}` });
    return;
  }
  if (seen.has(real)) {
    problems.push({ path: dir, message: 'symbolic link loop, skipped' });
    return;
  }
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, message: `cannot read directory: ${reason(err)}` });
    return;
  }
  seen.add(real);
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
      } catch (err) {
        const why = reason(err);
        problems.push({ path: p, message: why === 'no such file or directory' ? 'broken symbolic link, skipped' : `${why}, skipped` });
        continue;
      }
    }
    if (isDir) walk(p, root, exts, out, problems, seen);
    else if (isFile && exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ path: p, root });
  }
  seen.delete(real);
}
