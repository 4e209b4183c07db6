export { DATA_KEY_BYTES, DEFAULT_DATA_DIR, readConfig, type DbConfig } from './config.js';
export type { Database, DatabaseHandle, Row, Schema } from './handle.js';
export { acquireDataDirLock, LOCK_FILE, type DataDirLock } from './lock.js';
export { migrateDatabase, MIGRATIONS_FOLDER } from './migrate.js';
export { openDatabase, openMemoryDatabase, openPglite, openPostgres, PGLITE_DIR } from './open.js';
