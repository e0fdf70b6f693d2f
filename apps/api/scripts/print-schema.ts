// Writes schema.graphql: the printed, lexicographically sorted SDL the web app and reviewers read.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaFile } from "../src/print-schema.ts";

const target = fileURLToPath(new URL("../schema.graphql", import.meta.url));
writeFileSync(target, printSchemaFile());
console.log(`wrote ${target}`);
