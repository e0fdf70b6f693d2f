// Id lists written into the SQL as integer literals (PostgreSQL). A filter's place and topic ids are bound as
// parameters otherwise: the lean reader prepares each statement text once, and after five runs PostgreSQL may switch
// a prepared statement to its generic plan, which cannot see which ids (and so how many link rows) it is given, and
// is planned for none in particular. Written as literals, the statement for a country's ids is planned for that
// country. Each distinct list is a statement text of its own, so only the first MAX_LISTS distinct lists of a
// process are inlined (the dashboard's few regions and countries); later ones stay parameters. Only safe integers
// are ever written as literals: a list holding anything else is bound as it was.
import type { Provider } from "@dictum/db";
import { idList, raw, type Sql } from "./sql.ts";

const MAX_LISTS = 100;

/** `ids` for an IN list: literals for the first `max` distinct lists of integers on PostgreSQL, else parameters. */
export function idListInliner(max = MAX_LISTS): (provider: Provider, ids: readonly unknown[]) => Sql {
  const inlined = new Set<string>();
  return (provider, ids) => {
    if (provider !== "postgresql" || ids.length === 0 || !ids.every(Number.isSafeInteger)) return idList(ids as number[]);
    const text = ids.join(",");
    if (!inlined.has(text)) {
      if (inlined.size >= max) return idList(ids as number[]);
      inlined.add(text);
    }
    return raw(text);
  };
}

/** The process's inliner for place and topic id lists (statement-filter.ts, common-links.ts). */
export const linkIdList = idListInliner();
