// Prisma CLI config, used only by `prisma generate` (migrations run through the WebAssembly engine, src/migrate.ts).
// The PostgreSQL variant lives in prisma.postgresql.config.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({ schema: "../../prisma/schema.prisma" });
