export declare const DEFAULT_DATABASE_URL: string;
export declare function isPostgresUrl(url: string): boolean;
export declare function sqlitePath(url: string): string;
export declare function engineOf(url: string): "sqlite" | "postgres";
export declare function migrationFiles(engine: string, root?: string): { name: string; sql: string; checksum: string }[];
export declare function migrationStatus(url: string, root?: string): Promise<{ engine: string; fresh: boolean; pending: string[] }>;
export declare function applyMigrations(url: string, opts?: { root?: string; log?: (line: string) => void }): Promise<string[]>;
export declare class MigrationChecksumError extends Error {
  constructor(changed: { name: string; stored: string; current: string }[]);
  readonly changed: { name: string; stored: string; current: string }[];
}
