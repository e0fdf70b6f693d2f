import { contentId, binaryReason } from "./record.ts";
import type { FormatReader } from "./types.ts";
import { idFromFileName, readWhole, tooLongError } from "./whole.ts";
import { normalisePublishedAt } from "./published-at.ts";
import { sourceFromMarker } from "./source-marker.ts";

/** The seed format opens with " date YYYY-MM-DD" before the dateline. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;

/**
 * One plain-text article per file. The text is kept byte for byte, header included, because gold offsets and
 * the extractor's offsets index the text as stored.
 */
export const readText: FormatReader = async function* (input, name, options) {
  const where = { file: name };
  const whole = await readWhole(input, options.maxRecordBytes);
  if ("tooLong" in whole) {
    yield { ok: false, error: tooLongError(whole.bytes, options.maxRecordBytes), where };
    return;
  }
  const { text } = whole;
  if (text.trim() === "") {
    yield { ok: false, error: "no text (the file is empty)", where };
    return;
  }
  const binary = binaryReason(text);
  if (binary) {
    yield { ok: false, error: binary, where };
    return;
  }
  const header = DATE_HEADER.exec(text);
  const publishedAt = header ? normalisePublishedAt(header[1]) ?? null : null;
  yield {
    ok: true,
    where,
    article: {
      id: idFromFileName(name) ?? contentId(text),
      source: sourceFromMarker(text),
      url: null,
      publishedAt,
      title: null,
      text,
    },
  };
};
