import adverbials from "../lexicons/speech-adverbials.json" with { type: "json" };

/**
 * Where the subject ends when an aside stands between it and its speech verb: "Democrats — and some Republicans —
 * say", "The justice -- who has been in a scuffle with the nominee -- said", "Proponents of the bill, however,
 * say". The speaker reader stops at the closing dash or the comma; reading again from the aside's opening finds the
 * subject. Null when the text before the cue ends with no such aside.
 */
const DASH_ASIDE = /(?:\s(?:—|–|--)\s?|—)[^—–]{2,160}?(?:\s(?:—|–|--)|—)\s*$/u;
/** Sentence adverbs set off by commas; a name or a clause between commas is the speaker reader's own business. */
const ADVERB_ASIDE = new RegExp(`,\\s*(?:${adverbials.sentenceAdverbs.join("|")})\\s*,\\s*$`, "iu");

/**
 * An apposition or relative clause that ends in a short quoted title: "Joe Scarborough, host of "Morning Joe," said",
 * "Lehel, the hacker known as "Guccifer," stated". Quotes are masked to "_", so the title is a run of them; a long
 * quotation there is speech, not a title, and is left alone.
 */
const TITLE_ASIDE = /,\s+[^,;:"“”_—–]{2,80}?\s["“]_{1,40}["”],?\s*$/u;

export function asideBeforeCue(masked: string, from: number, cue: number): number | null {
  const before = masked.slice(Math.max(from, cue - 200), cue);
  const m = DASH_ASIDE.exec(before) ?? ADVERB_ASIDE.exec(before) ?? TITLE_ASIDE.exec(before);
  if (!m) return null;
  const at = cue - before.length + m.index;
  return at > from ? at : null;
}
