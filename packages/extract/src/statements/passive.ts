import type { Span } from "../pipeline/types.ts";
import clauses from "../lexicons/speech-clauses.json" with { type: "json" };

const BY = /^[ \t]+by[ \t]+/u;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?\.?|[^\s\p{L}\p{N}]/gu;
/** Words that end the agent and open what it reported: "described by MPs [as] ...", "reported by local media [to] ...". */
const AGENT_END = new Set(clauses.passiveAgentEnds);
const MAX_AGENT_WORDS = 8;

/**
 * The agent of a passive speech verb: "was described [by MPs and analysts] as ...", "were reported [by local media] to
 * have visited ...". Null when no "by" phrase follows the verb (a plain passive names no speaker).
 */
export function passiveAgent(masked: string, cueEnd: number, sentenceEnd: number): Span | null {
  const by = BY.exec(masked.slice(cueEnd, cueEnd + 8));
  if (!by) return null;
  const from = cueEnd + by[0].length;
  const window = masked.slice(from, Math.min(sentenceEnd, from + 160));
  WORD.lastIndex = 0;
  let end = -1;
  let words = 0;
  for (let m = WORD.exec(window); m; m = WORD.exec(window)) {
    const w = m[0];
    if (!/[\p{L}\p{N}]/u.test(w[0]!) || AGENT_END.has(w.toLowerCase())) break;
    if (++words > MAX_AGENT_WORDS) return null;
    end = m.index + w.replace(/\.$/, "").length;
  }
  return end > 0 ? { start: from, end: from + end } : null;
}
