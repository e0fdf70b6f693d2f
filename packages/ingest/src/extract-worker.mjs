// Worker-thread entry (plain JS so it starts under any loader): registers tsx, then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker-main.ts");
