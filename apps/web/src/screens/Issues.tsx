import type { Issue } from '@isee/domain';
import { useLang } from '../hooks.js';

/** Refusals and open questions, in the words the domain package wrote for them. */
export function Issues({ issues }: { readonly issues: readonly Issue[] }) {
  const lang = useLang();
  if (issues.length === 0) return null;
  return (
    <ul className="issues" role="alert">
      {issues.map((i) => (
        <li key={`${i.code}:${i.path}`}>{i.message[lang]}</li>
      ))}
    </ul>
  );
}
