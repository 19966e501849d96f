export declare function findPostgres(options?: {
  install?: boolean;
  quiet?: boolean;
}): { bin: string; source: string; installed: boolean } | undefined;
export declare function startCluster(options?: {
  bin?: string;
  port?: number;
  fsync?: boolean;
  maxConnections?: number;
}): { url: (database?: string) => string; dir: string; port: number; stop: () => void };
