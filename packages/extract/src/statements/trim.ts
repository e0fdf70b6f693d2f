import type { Span } from "../pipeline/types.ts";

const TRAILING = /[\s.,;:!?—–-]+$/u;

/** Drops the final period and trailing spaces, but keeps a period inside a closing quote mark. */
export function trimEnd(text: string, start: number, end: number): Span | null {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  if (e > start && /["”’»']/.test(text[e - 1]!)) return { start, end: text[e - 2] === "'" ? e - 2 : e - 1 };
  const tail = TRAILING.exec(text.slice(Math.max(start, e - 8), e));
  if (tail) e -= tail[0].length;
  return e - start >= 2 ? { start, end: e } : null;
}
