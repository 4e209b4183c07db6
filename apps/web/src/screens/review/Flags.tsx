import type { Issue } from '@isee/domain';
import { useLang } from '../../hooks.js';

/**
 * Review flags: things to look at twice, never refusals. Unlike Issues they are not an alert; the
 * reviewer reads them with the rest of the screening.
 */
export function Flags({ flags }: { readonly flags: readonly Issue[] }) {
  const lang = useLang();
  if (flags.length === 0) return null;
  return (
    <ul className="flags">
      {flags.map((flag) => (
        // The server sends each finding once; two of one code differ in path or params.
        <li key={`${flag.code}:${flag.path}:${JSON.stringify(flag.params)}`}>
          {flag.message[lang]}
        </li>
      ))}
    </ul>
  );
}
