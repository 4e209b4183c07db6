import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { go } from '../hooks.js';
import { startSending } from '../offline/runner.js';
import type { Session } from '../offline/store.js';
import { useOutbox } from '../offline/use-outbox.js';

interface Props {
  readonly session: Session;
  readonly onSessionEnded: () => void;
}

/** The header's count of what is still on the phone; it also keeps the sending going. */
export function OutboxBadge({ session, onSessionEnded }: Props) {
  const { t } = useTranslation();
  const items = useOutbox() ?? [];
  useEffect(() => startSending(onSessionEnded), [session.user.id, onSessionEnded]);
  const attention = items.filter((i) => i.state === 'attention').length;
  const unsent = items.filter((i) => i.state !== 'sent').length;
  return (
    <button
      type="button"
      className={attention > 0 ? 'link badge attention' : 'link badge'}
      onClick={() => go('/outbox')}
      aria-label={t('outbox.badge', { count: unsent, attention })}
    >
      {attention > 0 ? `⚠ ${attention}` : unsent > 0 ? `↑ ${unsent}` : '✓'}
    </button>
  );
}
