/**
 * A reproducible random sample of unannotated articles (every gold article left out), for the scripts that print
 * what the extractor does on text no gold set holds (sample-speakers.ts, sample-places.ts). Flags: --source
 * (a corpus directory's name part: bbc, isot, wikinews, reuters21578), --n (articles), --seed.
 */
import type { ArticleInput } from "../../src/types.ts";
import { sharedDir } from "../eval/sets.ts";
import { corpusFiles, goldIndex, unannotated } from "./unannotated.ts";

const argv = process.argv.slice(2);
export const flag = (name: string, fallback: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1]! : fallback; };
export const hasFlag = (name: string) => argv.includes(name);

/** `--n` articles drawn without replacement, the same ones for the same `--seed`. */
export async function* sampleArticles(defaultN: number): AsyncGenerator<ArticleInput> {
  const source = flag("--source", "");
  const n = Number(flag("--n", String(defaultN)));
  let seed = Number(flag("--seed", "1"));
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const shared = sharedDir();
  const files = corpusFiles(shared).filter((f) => f.includes(source));
  const pool: ArticleInput[] = [];
  for await (const a of unannotated(files, goldIndex(shared))) pool.push({ id: a.id, source: a.source ?? null, url: null, publishedAt: null, title: a.title ?? null, text: a.text });
  for (let k = 0; k < n && pool.length; k++) yield pool.splice(Math.floor(random() * pool.length), 1)[0]!;
}
