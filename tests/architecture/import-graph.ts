// Reads every import of every workspace's TypeScript files (static, dynamic, re-exports, require) with the
// TypeScript scanner, so comments and strings that merely look like imports are not counted.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export interface Workspace { name: string; dir: string; dependencies: Set<string> }
export interface ImportEdge { file: string; specifier: string }

const SKIP = new Set(["node_modules", ".next", "generated", "dist", ".turbo"]);

export function workspaces(root: string): Workspace[] {
  return ["packages", "apps"].flatMap((group) =>
    readdirSync(join(root, group))
      .filter((name) => statSync(join(root, group, name, "package.json"), { throwIfNoEntry: false }))
      .map((name) => {
        const pkg = JSON.parse(readFileSync(join(root, group, name, "package.json"), "utf8"));
        return { name, dir: join(root, group, name), dependencies: new Set(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) };
      }));
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(m?ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

export function importsOf(file: string): ImportEdge[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((ref) => ({ file, specifier: ref.fileName }));
}

/** The specifiers a file loads at run time: imports and re-exports of values, dynamic imports, require(). Type-only
 * imports (`import type`, `export type`, or every imported name marked `type`) are erased, so they are left out. */
export function valueImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const typeOnly = (clause: ts.ImportClause | undefined) =>
    clause !== undefined && (clause.isTypeOnly || (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) &&
      clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!typeOnly(node.importClause)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(node.expression) && node.expression.text === "require")) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** "@dictum/db/testing" → "db"; undefined for other packages. */
export function workspaceOf(specifier: string): string | undefined {
  return /^@dictum\/([^/]+)/.exec(specifier)?.[1];
}

/** True when a relative import leaves the workspace's own folder ("../../web/src/…"). */
export function escapes(edge: ImportEdge, workspaceDir: string): boolean {
  if (!edge.specifier.startsWith(".")) return false;
  const target = resolve(dirname(edge.file), edge.specifier);
  return relative(workspaceDir, target).split(sep)[0] === "..";
}
