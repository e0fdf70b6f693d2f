import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * Part-of-speech tags from wink-nlp's English lite model (its weights ship inside the npm package, MIT). Used only
 * where a speaker phrase cannot be read from the cue alone (a participle or coordinated cue with no subject of its
 * own), so most sentences are never tagged. The model loads on first use (about 70 ms).
 */
export interface Tagged {
  start: number;
  end: number;
  text: string;
  pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Tokens of text[from, to) with universal POS tags and offsets into text. */
export function tag(text: string, from: number, to: number): Tagged[] {
  nlp ??= winkNLP(model, ["pos"]);
  const slice = text.slice(from, to);
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const out: Tagged[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const found = slice.indexOf(value, at);
    // wink expands a few contractions ("can't" → "ca", "n't"); a token not found verbatim keeps the last offset.
    const start = found >= 0 ? found : at;
    const end = found >= 0 ? found + value.length : at;
    out.push({ start: from + start, end: from + end, text: value, pos: tags[i]! });
    at = end;
  }
  return out;
}
