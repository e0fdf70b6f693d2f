// Normal forms used for identity: the article content hash, quotation fingerprints and name keys.
import { createHash } from "node:crypto";

/** NFC, Unix newlines, runs of whitespace collapsed, trimmed: cosmetic re-encodings hash alike. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[ \t\f\v\u00a0\u2000-\u200b\u3000]+/g, " ").replace(/ ?\n[ \n]*/g, "\n").trim();
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** SHA-256 of the normalised text: the identity of an article. */
export function contentHash(text: string): string {
  return sha256(normaliseText(text));
}

/** Lower-case ASCII letters and digits only, accents folded ("Ankara’s Erdoğan" → "ankaras erdogan"). */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıİ]/g, "i")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The identity of a quotation: the same words by the same speaker, whatever the quote marks and spacing. */
export function quotationFingerprint(text: string, speakerKey: string | null): string {
  return sha256(`${foldText(text)}|${speakerKey ?? ""}`);
}

/** A slug for place keys ("Nizhny Novgorod" → "nizhny-novgorod"). */
export function slug(text: string): string {
  return foldText(text).replace(/ /g, "-");
}
