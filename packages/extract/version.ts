// The extractor's version: a content hash of its source and lexicons (every file under src/), so a stored
// statement can say which extractor made it and `dictum reextract` can find the ones an improved extractor would
// read differently. Computed from the files when first asked (a few ms), never frozen into a build: editing a
// lexicon changes the version without any generate step. It sits beside src/, not in it, because it reads files:
// everything under src/ is the pure extractor (tests/architecture checks that it does no I/O).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("./src/", import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** The hash of the sorted relative paths and contents of every file under `root`: the same tree, the same hash,
 * on any machine and OS. */
export function treeHash(root: string): string {
  const hash = createHash("sha256");
  const files = filesUnder(root).map((path) => ({ path, name: relative(root, path).split(sep).join("/") }));
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { path, name } of files) {
    const content = readFileSync(path);
    hash.update(`${name}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest("hex").slice(0, 16);
}

let cached: string | undefined;

/** The version of this extractor: 16 hex digits of the hash of its source and lexicons. */
export function extractorVersion(): string {
  cached ??= treeHash(SRC);
  return cached;
}
