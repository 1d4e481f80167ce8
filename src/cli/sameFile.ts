import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** The name with the case of its letters swapped ("In.xlsx" as "iN.XLSX"), or undefined when it has no letters. */
function swapCase(name: string): string | undefined {
  const swapped = [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");
  return swapped === name ? undefined : swapped;
}

/**
 * Whether the file system holding `file` (an existing file) ignores the case of names, as macOS and
 * Windows do by default: the same name with its case swapped is the same file. Nothing is written to
 * find out. False when the name has no letters to swap.
 */
export function caseInsensitiveAt(file: string): boolean {
  const swapped = swapCase(basename(file));
  if (!swapped) return false;
  const other = join(dirname(file), swapped);
  try {
    const a = statSync(file);
    const b = statSync(other);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/**
 * True when writing `output` would replace `input`: the same file by identity (device and inode, so
 * through a symbolic link either way, or a hard link), or the same real path, compared without regard
 * to case where the file system ignores case (`caseInsensitive`, found out from the input by default).
 */
export function isSameFile(input: string, output: string, caseInsensitive = existsSync(input) && caseInsensitiveAt(realPath(input))): boolean {
  try {
    const a = statSync(input);
    const b = statSync(output);
    if (a.dev === b.dev && a.ino === b.ino && a.ino !== 0) return true;
  } catch {
    // One of them does not exist (yet): compare names.
  }
  const from = realPath(input);
  const to = realPath(output);
  return from === to || (caseInsensitive && from.toLowerCase() === to.toLowerCase());
}

/** True when `inside` is within the folder `folder` (real paths, so links count), or is the folder. */
export function isInsideFolder(inside: string, folder: string): boolean {
  const rel = relative(realPath(folder), realPath(inside));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
