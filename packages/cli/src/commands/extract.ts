import { Command, Option } from "commander";
import { describeUnsupportedLanguages, extractArticle, isSupportedLanguage } from "@dictum/extract";
import { describeWhere, FORMATS, readArticles } from "@dictum/sources";
import type { Format, ReadSource } from "@dictum/sources";
import { extractionToJson } from "../extraction-json.ts";
import { LineWriter } from "../line-writer.ts";

export interface ExtractIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Reads every input and prints one JSON line per article. A bad record or unreadable file is reported on stderr
 * and skipped; the returned exit code is 1 when anything failed, 0 otherwise. An input with no article in it (of
 * any format) is a warning line naming it, and does not change the exit code.
 */
export async function runExtract(inputs: string[], format: Format | undefined, io: ExtractIo): Promise<number> {
  const out = new LineWriter(io.stdout);
  const complain = (message: string) => io.stderr.write(`dictum extract: ${message}\n`);
  let articles = 0;
  let failed = 0;
  const unsupported: Record<string, number> = {};

  for (const input of inputs) {
    const source: ReadSource = input === "-" ? { stdin: io.stdin, format } : { path: input, format };
    try {
      for await (const result of readArticles(source)) {
        if (out.closed) return failed > 0 ? 1 : 0;
        if (!result.ok && result.empty) {
          complain(`warning: ${describeWhere(result.where)}: ${result.error}`);
          continue;
        }
        if (!result.ok) {
          failed++;
          complain(`${describeWhere(result.where)}: ${result.error}`);
          continue;
        }
        let line: string;
        try {
          const extraction = extractArticle(result.article);
          if (!isSupportedLanguage(extraction.language)) unsupported[extraction.language] = (unsupported[extraction.language] ?? 0) + 1;
          line = JSON.stringify(extractionToJson(extraction));
        } catch (error) {
          failed++;
          complain(`${describeWhere(result.where)}: extraction failed for article ${result.article.id}: ${(error as Error).message}`);
          continue;
        }
        articles++;
        await out.write(line);
      }
    } catch (error) {
      failed++;
      const { code, message } = error as NodeJS.ErrnoException;
      const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : message;
      complain(`${input === "-" ? "<stdin>" : input}: cannot read: ${reason}`);
    }
  }
  const languages = describeUnsupportedLanguages(unsupported);
  if (languages) complain(`warning: ${languages}: no statements extracted from them`);
  if (failed > 0) complain(`${articles} article${articles === 1 ? "" : "s"} extracted, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

export function extractCommand(): Command {
  return new Command("extract")
    .description("print the statements of each article as one JSON object per line")
    .argument("<files...>", "article files (.jsonl .json .csv .txt .html .xml .rss .atom), or - for standard input")
    .addOption(
      new Option("-f, --format <format>", "format of standard input (also overrides file extensions)").choices(FORMATS),
    )
    .action(async (files: string[], options: { format?: Format }) => {
      process.exitCode = await runExtract(files, options.format, process);
    });
}
