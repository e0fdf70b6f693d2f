// Starts the browser tests' stack (temporary database with the test articles, API, built dashboard) and keeps it
// running until Ctrl-C, so a person can look at what the tests see:  node --import tsx tests/e2e/serve.ts
import { fillTestDatabase } from "./harness/fixtures.ts";
import { startStack } from "./harness/stack.ts";
import { dirname } from "node:path";

const stack = await startStack((url) => fillTestDatabase(url, dirname(url.replace(/^file:/, ""))));
console.log(`dashboard ${stack.webUrl}\nAPI       ${stack.apiUrl}\ndatabase  ${stack.databaseUrl}`);
const stop = () => void stack.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
