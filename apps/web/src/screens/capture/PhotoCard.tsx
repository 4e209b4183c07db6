import type { GeoPoint } from '@isee/domain';
import { useTranslation } from 'react-i18next';
import { sizeText } from '../../capture/photo-size.js';
import { isPoorAccuracy, pointOf, POOR_ACCURACY_M } from '../../capture/place.js';
import { useObjectUrl } from '../../capture/use-photos.js';
import { formatDate } from '../../dates.js';
import { useLang } from '../../hooks.js';
import type { LocalPhoto } from '../../offline/store.js';
import { GpsInput } from './GpsInput.js';

interface Props {
  readonly n: number;
  readonly kindLabel: string;
  /** The form item as it stands; its place may still be missing. */
  readonly item: { readonly capturedAt?: unknown; readonly place?: unknown };
  /** The kept photo: 'loading' while read, undefined when it is not on this phone. */
  readonly stored: LocalPhoto | undefined | 'loading';
  /** Whether the domain accepts this kind of photo in this household's case. */
  readonly expected: boolean;
  readonly labels: { readonly capturedAt: string; readonly place: string };
  readonly problems: readonly string[];
  readonly onPlace: (point: GeoPoint) => void;
  readonly onRemove: () => void;
}

/** One photo of the form: thumbnail, size, upload state, and its place (asked for when missing). */
export function PhotoCard(props: Props) {
  const { n, kindLabel, item, stored, expected, labels, problems, onPlace, onRemove } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const kept = stored === 'loading' ? undefined : stored;
  const url = useObjectUrl(kept?.blob);
  const point = pointOf(item.place);
  const accuracyM = kept?.place?.accuracyM;
  const title = t('capture.photos.photo', { n, kind: kindLabel });
  return (
    <section className="card photo" aria-label={title}>
      <h3>{title}</h3>
      {url === undefined ? null : <img className="thumb" src={url} alt={kindLabel} />}
      {stored === 'loading' ? null : kept === undefined ? (
        <p className="muted">{t('capture.photos.elsewhere')}</p>
      ) : (
        <p className="muted">
          {t('capture.photos.size', { size: sizeText(kept.blob.size) })} ·{' '}
          {kept.done
            ? t('capture.photos.uploaded')
            : kept.uploaded > 0
              ? t('capture.photos.uploading', {
                  percent: Math.floor((kept.uploaded / kept.blob.size) * 100),
                })
              : t('capture.photos.waiting')}
        </p>
      )}
      {typeof item.capturedAt === 'string' ? (
        <p className="muted">
          {labels.capturedAt}: {formatDate(item.capturedAt, lang)}
        </p>
      ) : null}
      {expected ? null : <p className="warning">{t('capture.photos.notExpected')}</p>}
      {point === undefined ? (
        // Asked here only when the phone had no fix at the shot: a place is not changed afterwards.
        <GpsInput label={labels.place} value={item.place} onChange={onPlace} />
      ) : (
        <p className="muted">
          {labels.place}:{' '}
          {t('capture.gps.point', { lat: point.lat.toFixed(6), lon: point.lon.toFixed(6) })}
          {accuracyM === undefined
            ? null
            : ` · ${t('capture.gps.accuracy', { metres: accuracyM })}`}
        </p>
      )}
      {point !== undefined && isPoorAccuracy(accuracyM) ? (
        <p className="warning">{t('capture.photos.poorPlace', { limit: POOR_ACCURACY_M })}</p>
      ) : null}
      {problems.length === 0 ? null : <p className="field-error">{problems.join(' ')}</p>}
      <button type="button" className="secondary" onClick={onRemove}>
        {t('capture.photos.remove', { n })}
      </button>
    </section>
  );
}
