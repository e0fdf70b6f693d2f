// The official WebAssembly schema engine, which runs migrations without the native engine download. It is
// instantiated once per process: the wasm-bindgen glue is a singleton, and a second instantiation corrupts it.
// See /work/shared/notes/stack-offline.md for the three driver-adapter workarounds below.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { sqliteAdapter } from "./client.ts";
import { dbProvider } from "./client.ts";

type SchemaEngineClass = typeof SchemaEngine;
// @types/node 20 does not declare the WebAssembly global; this is the part used here.
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: Record<string, unknown> } };
};
let engineClass: Promise<SchemaEngineClass> | undefined;

function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  return (engineClass ??= (async () => {
    // The .wasm file is not in the package's "exports": resolve the main entry and use its folder.
    const dir = dirname(createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm"));
    const glue = await import(pathToFileURL(join(dir, "schema_engine_bg.js")).href);
    const wasm = new WebAssembly.Module(readFileSync(join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return glue.SchemaEngine as SchemaEngineClass;
  })());
}

/** A connected engine plus the cleanup that closes every connection it opened. */
export interface EngineSession {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens the engine on the database at `url`, with `datamodel` as its initial schema. */
export async function openSchemaEngine(url: string, datamodel: string): Promise<EngineSession> {
  const Engine = await loadSchemaEngineClass();
  const opened: SqlDriverAdapter[] = [];
  const base = dbProvider(url) === "sqlite" ? sqliteFactory(url) : postgresqlFactory(url);
  const fixScripts = base.provider === "postgres" ? runScriptsWhole : (adapter: SqlDriverAdapter) => adapter;
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(opened, fixScripts(await base.connect())),
    connectToShadowDb: async () => track(opened, fixScripts(await base.connectToShadowDb())),
  };
  const log = () => {}; // the engine's tracing output is noise for users; failures come back as rejections
  const engine = await Engine.new({ datamodels: [["schema.prisma", datamodel]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}

function track(opened: SqlDriverAdapter[], adapter: SqlDriverAdapter): SqlDriverAdapter {
  opened.push(adapter);
  return adapter;
}

/** better-sqlite3 rejects multi-statement strings, and the engine sends whole migration scripts to the shadow database. */
function sqliteFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const base = sqliteAdapter(url);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    connectToShadowDb: async () => {
      const shadow = await base.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => (query.args.length ? executeRaw(query) : (await shadow.executeScript(query.sql), 0));
      return shadow;
    },
  };
}

/** adapter-pg's own shadow database ignores the database name when given a connection string, and drops it before
 * closing its pool: create and drop our own throwaway database instead. */
function postgresqlFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  reportCharColumnsAsText();
  const main = new PrismaPg({ connectionString: url });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = await new PrismaPg({ connectionString: shadowUrl.href }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return shadow;
    },
  };
}

/** adapter-pg's executeScript splits a migration on every ";", which breaks function bodies ($$ … $$) and string
 * literals. PostgreSQL runs a multi-statement string itself (simple query protocol, one implicit transaction), so
 * send the script whole. */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pgAdapter = adapter as SqlDriverAdapter & { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await pgAdapter.client.query(script);
    } catch (error) {
      pgAdapter.onError(error);
    }
  };
  return adapter;
}

/** The engine's catalog queries return PostgreSQL's internal "char" type (OID 18), which adapter-pg cannot decode;
 * report it as text (OID 25). Only the process that runs the schema engine needs this. */
let charPatched = false;
function reportCharColumnsAsText(): void {
  if (charPatched) return;
  charPatched = true;
  const result = (pg as unknown as { Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } } }).Result.prototype;
  const addFields = result.addFields;
  result.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}
