#!/usr/bin/env node
// The CLI is TypeScript run from source, like every workspace package: register tsx, then load it.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
