import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * A new version waits until the teacher agrees: reloading mid-form would be safe (every step is
 * saved) but surprising, so the service worker only takes over on this button.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="notice update" role="alert">
      <p>{t('app.update.ready')}</p>
      <button type="button" onClick={() => void updateServiceWorker(true)}>
        {t('app.update.reload')}
      </button>
      <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
        {t('app.update.later')}
      </button>
    </div>
  );
}
