import type { Issue } from '@isee/domain';

/** The server's answers, typed from its own schemas; `export type` is erased, so no zod is bundled. */
export type {
  Changes,
  Cycle,
  Grant,
  ListedScreening,
  PhotoEvidence,
  QueuePage,
  Saved,
  SchoolProgress,
  ScreeningPhotos,
  ScreeningView,
  Session,
  SyncedStudent,
  UploadState,
} from '../../server/src/api-types.js';

/** What a call to the server gave: its answer, its refusal (issues ready to show), or no network. */
export type Answer<T> =
  | { readonly kind: 'ok'; readonly status: number; readonly value: T }
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly issues: readonly Issue[];
      /** The whole refusal, for answers that carry more (a conflict carries the server's version). */
      readonly body: unknown;
    }
  | { readonly kind: 'offline' };

interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** Bytes sent as they are (a chunk of a photo), with their content type. */
  readonly bytes?: { readonly data: Blob; readonly type: string };
  /** Further request headers (e.g. Upload-Offset). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Every unsafe request carries the session's CSRF token (docs/API.md). */
  readonly csrfToken?: string;
  /** Give up after this long: a weak signal can hold a request open for minutes. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export async function call<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.bytes !== undefined) headers['content-type'] = options.bytes.type;
  if (options.csrfToken !== undefined) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.bytes === undefined ? {} : { body: options.bytes.data }),
    });
  } catch {
    return { kind: 'offline' };
  }
  let body: unknown = null;
  try {
    body = response.status === 204 ? null : await response.json();
  } catch {
    // A body cut off by a lost connection is an answer we did not get.
    if (response.ok || response.status >= 500) return { kind: 'offline' };
  }
  if (response.ok) return { kind: 'ok', status: response.status, value: body as T };
  const issues = (body as { error?: { issues?: Issue[] } } | null)?.error?.issues ?? [];
  return { kind: 'refused', status: response.status, issues, body };
}
