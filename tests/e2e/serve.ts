// Starts the browser tests' stack (temporary database with the test articles, API, built dashboard) and keeps it
// running until Ctrl-C, so a person can look at what the tests see:  node --import tsx tests/e2e/serve.ts
// With a number, serves the benchmark's data instead:                node --import tsx tests/e2e/serve.ts 100000
import { dirname } from "node:path";
import { fillBenchDatabase } from "./harness/bench-data.ts";
import { fillTestDatabase } from "./harness/fixtures.ts";
import { startStack } from "./harness/stack.ts";

const statements = Number(process.argv[2] ?? 0);
const stack = await startStack(async (url) => {
  if (statements > 0) console.log(await fillBenchDatabase(url, statements));
  else await fillTestDatabase(url, dirname(url.replace(/^file:/, "")));
});
console.log(`dashboard ${stack.webUrl}\nAPI       ${stack.apiUrl}\ndatabase  ${stack.databaseUrl}`);
const stop = () => void stack.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
