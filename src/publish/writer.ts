import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { faceText } from "../engine/messages/faceText";
import { SITE_MARKER } from "./site";

/** Why a site folder cannot be written, in plain words. */
export class SiteWriteError extends Error {}

/** A file of a folder written whole: text (written as UTF-8) or bytes, at a path inside the folder. */
export interface FolderFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** A folder a command writes whole, and the marker file that says the command wrote it. */
export interface OwnedFolder {
  readonly marker: string;
  /** The command, for messages ("ra publish"). */
  readonly command: string;
}

const site: OwnedFolder = { marker: SITE_MARKER, command: "ra publish" };

/** Says why `dir` may not be (re)placed, or undefined when it may. */
export function siteFolderProblem(dir: string, overwrite: boolean, owner: OwnedFolder = site): string | undefined {
  const target = resolve(dir);
  const words = faceText.cli;
  if (!existsSync(dirname(target))) return words.folderMissing(dirname(target), dir);
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return words.folderIsFile(dir);
  if (!overwrite) return words.folderExists(dir);
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(owner.marker)) return words.folderNotOurs(dir, owner.command);
  return undefined;
}

/**
 * Writes the site (or another folder a command owns, named by its marker file) to `dir`: every file into a new folder beside it, then one rename, so a failed run
 * leaves no half-written site. An existing site folder (only with `overwrite`) is moved aside first and
 * deleted after; if the rename fails it is put back.
 */
export async function writeSite(dir: string, files: readonly FolderFile[], overwrite: boolean, owner: OwnedFolder = site): Promise<void> {
  const problem = siteFolderProblem(dir, overwrite, owner);
  if (problem) throw new SiteWriteError(problem);
  const target = resolve(dir);
  const parent = dirname(target);
  const temp = await mkdtemp(join(parent, `.${basename(target)}.writing-`));
  try {
    const folders = new Set(files.map((f) => dirname(join(temp, f.path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    for (const f of files) await (typeof f.content === "string" ? writeFile(join(temp, f.path), f.content, "utf8") : writeFile(join(temp, f.path), f.content));
    if (existsSync(target)) {
      const aside = await mkdtemp(join(parent, `.${basename(target)}.old-`));
      await rm(aside, { recursive: true });
      await rename(target, aside);
      try {
        await rename(temp, target);
      } catch (error) {
        await rename(aside, target);
        throw error;
      }
      await rm(aside, { recursive: true, force: true });
    } else {
      await rename(temp, target);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
