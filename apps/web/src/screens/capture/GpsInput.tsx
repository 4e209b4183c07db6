import type { GeoPoint } from '@isee/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatest } from '../../hooks.js';
import { locate, type Located } from '../../capture/gps.js';
import { geoPoint, isPoorAccuracy, pointOf, POOR_ACCURACY_M } from '../../capture/place.js';

interface Props {
  readonly label: string;
  readonly value: unknown;
  readonly onChange: (point: GeoPoint) => void;
  readonly errors?: ReactNode;
}

/**
 * A position from the phone's GPS at the press of a button. The form keeps the point only; the
 * accuracy of this fix is shown beside it, so the teacher can judge whether to try again.
 */
export function GpsInput({ label, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [located, setLocated] = useState<Located>();
  const latest = useLatest(onChange);
  const point = pointOf(value);
  const fix = located?.kind === 'fix' ? located.fix : undefined;
  // The accuracy belongs to this screen's last fix: an answer kept earlier has none to show.
  const accuracyM =
    fix !== undefined && point?.lat === fix.lat && point.lon === fix.lon
      ? fix.accuracyM
      : undefined;

  const record = async (): Promise<void> => {
    setBusy(true);
    const answer = await locate();
    setLocated(answer);
    setBusy(false);
    if (answer.kind === 'fix') latest.current(geoPoint(answer.fix));
  };

  return (
    <fieldset className="capture">
      <legend>{label}</legend>
      <p role="status" aria-live="polite">
        {busy
          ? t('capture.gps.busy')
          : point === undefined
            ? t('capture.gps.none')
            : t('capture.gps.point', { lat: point.lat.toFixed(6), lon: point.lon.toFixed(6) })}
        {!busy && point !== undefined && accuracyM !== undefined ? (
          <strong className="accuracy"> {t('capture.gps.accuracy', { metres: accuracyM })}</strong>
        ) : null}
      </p>
      {!busy && point !== undefined && isPoorAccuracy(accuracyM) ? (
        <p className="warning">{t('capture.gps.poor', { limit: POOR_ACCURACY_M })}</p>
      ) : null}
      {!busy && located !== undefined && located.kind !== 'fix' ? (
        <p className="field-error" role="alert">
          {t(`capture.gps.${located.kind}`)}
        </p>
      ) : null}
      <button type="button" className="big" disabled={busy} onClick={() => void record()}>
        {t('capture.gps.locate')}
      </button>
      {errors}
    </fieldset>
  );
}
