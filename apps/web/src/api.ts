import type { Issue } from '@isee/domain';

/** What a call to the server gave: its answer, its refusal (issues ready to show), or no network. */
export type Answer<T> =
  | { readonly kind: 'ok'; readonly status: number; readonly value: T }
  | { readonly kind: 'refused'; readonly status: number; readonly issues: readonly Issue[] }
  | { readonly kind: 'offline' };

interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** Every unsafe request carries the session's CSRF token (docs/API.md). */
  readonly csrfToken?: string;
}

export async function call<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.csrfToken !== undefined) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    return { kind: 'offline' };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { kind: 'ok', status: response.status, value: body as T };
  const issues = (body as { error?: { issues?: Issue[] } } | null)?.error?.issues ?? [];
  return { kind: 'refused', status: response.status, issues };
}
