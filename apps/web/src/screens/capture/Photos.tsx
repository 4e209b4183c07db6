import type { ChoiceField, GeoPoint, ListField } from '@isee/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bangkokIso } from '../../capture/bangkok-time.js';
import { compressPhoto, UnreadablePhoto } from '../../capture/compress.js';
import { locate, type Located } from '../../capture/gps.js';
import { photoItem } from '../../capture/items.js';
import { photoNeeds } from '../../capture/photo-rules.js';
import { sizeText } from '../../capture/photo-size.js';
import { geoPoint } from '../../capture/place.js';
import { useLocalPhotos } from '../../capture/use-photos.js';
import { useDraftIdentity } from '../../form/draft-context.js';
import { valueAt, type DraftForm } from '../../form/wizard.js';
import { useLang, useLatest } from '../../hooks.js';
import {
  deletePhoto,
  photo as storedPhoto,
  savePhoto,
  type EvidenceKind,
} from '../../offline/store.js';
import type { FieldProps, Path } from '../FieldView.js';
import { PhotoCard } from './PhotoCard.js';

/** `path` is where the list of photos sits in the form (`photos.items`). */
type Props = FieldProps<ListField>;

type Item = Readonly<Record<string, unknown>>;

const itemsAt = (form: DraftForm, path: Path): readonly Item[] => {
  const value = valueAt(form, path.join('.'));
  return Array.isArray(value) ? (value as Item[]) : [];
};

/**
 * The household's photo evidence: the camera, shrunk on the phone and kept there until the
 * uploader sends it, with the form item (kind, time, place, reference) added at once.
 */
export function Photos({ field, path, form, issues, onSet }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { screeningId, studentId } = useDraftIdentity();
  const local = useLocalPhotos(screeningId);
  const latest = useLatest({ form, onSet });
  const [chosen, setChosen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ readonly text: string; readonly problem: boolean }>();

  const childLabel = (id: string): string =>
    field.fields.find((f) => f.id === id)?.label[lang] ?? id;
  const options = (field.fields.find((f) => f.id === 'kind') as ChoiceField | undefined)?.options;
  const kindLabel = (code: unknown): string =>
    options?.find((o) => o.code === code)?.label[lang] ?? String(code);
  const labelsOf = (codes: readonly string[]): string => codes.map(kindLabel).join(', ');
  const needs = photoNeeds(
    form,
    (options ?? []).map((o) => o.code),
  );
  const kind =
    chosen !== undefined && needs.expected.includes(chosen)
      ? chosen
      : (needs.missing[0] ?? needs.expected[0]);
  const reason = valueAt(form, [...path.slice(0, -1), 'unphotographableReason'].join('.'));
  const items = itemsAt(form, path);
  const dotted = path.join('.');

  /** Writes through the latest form: a photo takes seconds, and answers may have changed since. */
  const setItems = (change: (items: readonly Item[]) => readonly Item[]): void => {
    const { form: now, onSet: set } = latest.current;
    set(path, change(itemsAt(now, path)));
  };

  const take = async (file: File, photoKind: string): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    const capturedAt = bangkokIso(new Date());
    // The position is sought while the photo shrinks; the photo is kept first, so closing the app
    // while the GPS is still searching loses no photo (only its place, which can be added later).
    const located = locate();
    let settled: Located | undefined;
    void located.then((where) => (settled = where));
    try {
      const compressed = await compressPhoto(file);
      const id = crypto.randomUUID();
      await savePhoto({
        id,
        screeningId,
        studentId,
        // The definition's photo kinds are the evidence kinds the upload API takes.
        kind: photoKind as EvidenceKind,
        source: 'teacher_visit',
        ...compressed,
        capturedAt,
        uploaded: 0,
        done: false,
      });
      const early = settled?.kind === 'fix' ? geoPoint(settled.fix) : undefined;
      setItems((now) => [
        ...now,
        photoItem({ kind: photoKind, capturedAt, place: early, ref: id }),
      ]);
      local.reload();
      // The next photo defaults to the next kind still missing.
      setChosen(undefined);
      const where = await located;
      const fix = where.kind === 'fix' ? where.fix : undefined;
      if (fix !== undefined && early === undefined) setPlace(id, geoPoint(fix));
      // The phone keeps the fix's accuracy beside the photo, for the teacher to see.
      const stored = fix === undefined ? undefined : await storedPhoto(id);
      if (stored !== undefined && fix !== undefined) await savePhoto({ ...stored, place: fix });
      const size = sizeText(compressed.blob.size);
      setNotice({
        text: t(fix === undefined ? 'capture.photos.keptNoPlace' : 'capture.photos.kept', { size }),
        problem: fix === undefined,
      });
    } catch (error) {
      setNotice({
        text:
          error instanceof UnreadablePhoto
            ? t('capture.photos.unreadable')
            : t('capture.photos.failed', { reason: String(error) }),
        problem: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const setPlace = (ref: unknown, point: GeoPoint, tries = 3): void => {
    const { form: now, onSet: set } = latest.current;
    const index = itemsAt(now, path).findIndex((item) => item['ref'] === ref);
    if (index >= 0) set([...path, index, 'place'], point);
    // The item added a moment ago may not have reached this render yet.
    else if (tries > 0) setTimeout(() => setPlace(ref, point, tries - 1), 100);
  };

  const remove = async (index: number): Promise<void> => {
    const ref = items[index]?.['ref'];
    setItems((now) =>
      now.filter((item, i) => (ref === undefined ? i !== index : item['ref'] !== ref)),
    );
    const kept = typeof ref === 'string' ? local.photos?.get(ref) : undefined;
    // A photo the server has is its evidence now; only one never sent is dropped from the phone.
    if (kept !== undefined && !kept.done) await deletePhoto(kept.id);
    local.reload();
    setNotice({ text: t('capture.photos.removed'), problem: false });
  };

  const problemsOf = (index: number): string[] =>
    issues
      .filter((i) => i.path.startsWith(`${dotted}.${index}.`) || i.path === `${dotted}.${index}`)
      .map((i) => i.message[lang]);
  const own = issues.filter((i) => i.path === dotted);

  return (
    <div className="photos">
      <p className="notice">
        {typeof reason === 'string' && reason !== ''
          ? t('capture.photos.instead', { kinds: labelsOf(needs.expected) })
          : t('capture.photos.need', { kinds: labelsOf(needs.expected) })}
      </p>
      <p aria-live="polite">
        {needs.missing.length === 0
          ? t('capture.photos.complete')
          : t('capture.photos.missing', { kinds: labelsOf(needs.missing) })}
      </p>
      {items.length >= field.max ? (
        <p className="muted">{t('capture.photos.full', { max: field.max })}</p>
      ) : (
        <>
          <fieldset className="choice">
            <legend>{t('capture.photos.kind')}</legend>
            {needs.expected.map((code) => (
              <label key={code} className="option">
                <input
                  type="radio"
                  name={`${dotted}-kind`}
                  checked={kind === code}
                  onChange={() => setChosen(code)}
                />
                {kindLabel(code)}
              </label>
            ))}
          </fieldset>
          <label className={busy || kind === undefined ? 'camera disabled' : 'camera'}>
            {t('capture.photos.take')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="visually-hidden"
              disabled={busy || kind === undefined}
              onChange={(e) => {
                const file = e.target.files?.[0];
                // Cleared so the same file can be chosen again after a failure.
                e.target.value = '';
                if (file !== undefined && kind !== undefined) void take(file, kind);
              }}
            />
          </label>
        </>
      )}
      <p role="status" className="muted">
        {busy ? t('capture.photos.busy') : notice?.problem === false ? notice.text : ''}
      </p>
      {!busy && notice?.problem === true ? (
        <p role="alert" className="warning">
          {notice.text}
        </p>
      ) : null}
      {own.length === 0 ? null : (
        <p className="field-error">{own.map((i) => i.message[lang]).join(' ')}</p>
      )}
      {items.map((item, index) => {
        const ref = item['ref'];
        return (
          <PhotoCard
            key={typeof ref === 'string' ? ref : index}
            n={index + 1}
            kindLabel={kindLabel(item['kind'])}
            item={item}
            stored={
              typeof ref !== 'string'
                ? undefined
                : local.photos === undefined
                  ? 'loading'
                  : local.photos.get(ref)
            }
            // Once the domain's own issue about the kind is shown, a second warning would repeat it.
            expected={
              needs.expected.includes(String(item['kind'])) ||
              issues.some((i) => i.path === `${dotted}.${index}.kind`)
            }
            labels={{ capturedAt: childLabel('capturedAt'), place: childLabel('place') }}
            problems={problemsOf(index)}
            onPlace={(point) => setPlace(ref, point)}
            onRemove={() => void remove(index)}
          />
        );
      })}
    </div>
  );
}
