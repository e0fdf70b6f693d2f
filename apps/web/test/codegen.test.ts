// The operations' types are generated (scripts/codegen.ts) and gitignored; `npm install`, turbo and `npm start`
// make them. This fails when what is on disk is not what the committed schema and .graphql files give, e.g. after
// a .graphql edit or a schema change without a new run: `npm run codegen -w @dictum/web` then fixes it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { print, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { describe, expect, it } from "vitest";
import { StatementCardFragmentDoc } from "@/components/statements/statement-card.generated";
import { STATEMENT_PAGE } from "@/components/statements/documents";
import { generate, webDir } from "../scripts/codegen.ts";

function generatedOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return generatedOnDisk(path);
    return entry.name.endsWith(".generated.ts") ? [relative(webDir, path).split(sep).join("/")] : [];
  });
}

describe("generated operation types", () => {
  it("are what the schema and the .graphql files give, and there is one file per .graphql file", async () => {
    const fresh = await generate();
    expect(generatedOnDisk(join(webDir, "src")).sort()).toEqual([...fresh.keys()].sort());
    for (const [path, content] of fresh) expect(readFileSync(join(webDir, path), "utf8"), path).toBe(content);
  });

  it("give the list query exactly the card fragment's fields, which it spells out", () => {
    const fragment = StatementCardFragmentDoc.definitions[0] as FragmentDefinitionNode;
    const query = STATEMENT_PAGE.definitions[0] as OperationDefinitionNode;
    const field = (set: SelectionSetNode, name: string) => set.selections.find((s): s is FieldNode => s.kind === "Field" && s.name.value === name)!;
    const node = field(field(field(query.selectionSet, "statements").selectionSet!, "edges").selectionSet!, "node");
    expect(print(node.selectionSet!)).toBe(print(fragment.selectionSet));
  });
});
