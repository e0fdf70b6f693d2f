// The dashboard's GraphQL operations, read as data from apps/web's .graphql files: by operation name, each with the
// fragments it spreads. The load bench sends what the dashboard sends without importing the dashboard's code (the
// API never imports apps/web, by package or by path; tests/architecture checks it).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : graphqlFiles(path);
    return entry.name.endsWith(".graphql") ? [path] : [];
  });
}

/** Operation name → its text, fragments included, for every operation under `webSrc` (apps/web/src). */
export function dashboardOperations(webSrc: string): Map<string, string> {
  const definitions: DefinitionNode[] = graphqlFiles(webSrc).flatMap((file) => parse(readFileSync(file, "utf8")).definitions);
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const spreadIn = (node: DefinitionNode, into: Set<string>): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (into.has(name)) return;
        into.add(name);
        spreadIn(fragments.get(name) ?? (() => { throw new Error(`fragment ${name} is not defined in any .graphql file`); })(), into);
      },
    });
    return into;
  };
  const operations = new Map<string, string>();
  for (const operation of definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const used = [...spreadIn(operation, new Set())].map((name) => fragments.get(name)!);
    operations.set(operation.name!.value, print({ kind: Kind.DOCUMENT, definitions: [operation, ...used] }));
  }
  return operations;
}
