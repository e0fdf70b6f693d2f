// Prisma CLI config for the PostgreSQL client. Its schema is written by scripts/generate.ts from prisma/schema.prisma.
import { defineConfig } from "prisma/config";

export default defineConfig({ schema: "src/generated/postgresql.prisma" });
