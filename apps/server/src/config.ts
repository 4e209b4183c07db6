import { fail, issue, ok, type Issue, type Result } from '@isee/domain';

/** The server's own settings (the database's are read by @isee/db's readConfig). */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
}

export const DEFAULT_PORT = 8080;

export function readServerConfig(
  env: Readonly<Record<string, string | undefined>>,
): Result<ServerConfig> {
  const issues: Issue[] = [];
  const text = env['PORT']?.trim();
  const port = text ? Number(text) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    issues.push(issue('CONFIG_PORT', 'PORT', { value: text ?? '' }));
  // Every interface by default, so a phone on the school's network can reach a laptop server.
  const host = env['HOST']?.trim() || '0.0.0.0';
  return issues.length > 0 ? fail(issues) : ok({ port, host });
}
