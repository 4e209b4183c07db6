import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatest } from '../../hooks.js';
import { bangkokIso } from '../../capture/bangkok-time.js';
import { canvasPng } from '../../capture/compress.js';
import { withSignature } from '../../capture/items.js';
import { useObjectUrl, useStoredPhoto } from '../../capture/use-photos.js';
import { useDraftIdentity } from '../../form/draft-context.js';
import { valueAt, type DraftForm } from '../../form/wizard.js';
import { deletePhoto, photo, savePhoto } from '../../offline/store.js';
import type { Path } from '../FieldView.js';

interface Props {
  readonly label: string;
  /** Where the declarations sit in the form: the signature and its time are set there together. */
  readonly declarationsPath: Path;
  readonly value: unknown;
  readonly form: DraftForm;
  readonly onSet: (path: Path, value: unknown) => void;
  readonly errors?: ReactNode;
}

const STROKE_PX = 3;

/** Prepares the pad: white (a PNG would otherwise be transparent, black on black in a viewer), round ink. */
function blank(canvas: HTMLCanvasElement): void {
  const box = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(box.width * ratio);
  canvas.height = Math.round(box.height * ratio);
  const context = canvas.getContext('2d');
  if (context === null) return;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.strokeStyle = '#000';
  context.lineWidth = STROKE_PX * ratio;
  context.lineCap = 'round';
  context.lineJoin = 'round';
}

const pointIn = (canvas: HTMLCanvasElement, e: PointerEvent): [number, number] => {
  const box = canvas.getBoundingClientRect();
  return [
    ((e.clientX - box.left) * canvas.width) / box.width,
    ((e.clientY - box.top) * canvas.height) / box.height,
  ];
};

/**
 * The guardian's signature, drawn on the phone and kept as a PNG beside the photos, uploaded with
 * them; the form holds its reference and the time of signing.
 */
export function SignaturePad({ label, declarationsPath, value, form, onSet, errors }: Props) {
  const { t } = useTranslation();
  const { screeningId, studentId } = useDraftIdentity();
  const ref = typeof value === 'string' && value !== '' ? value : undefined;
  const stored = useStoredPhoto(ref);
  const url = useObjectUrl(stored === 'loading' ? undefined : stored?.blob);
  const latest = useLatest({ form, onSet });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [signing, setSigning] = useState(ref === undefined);
  const [drawn, setDrawn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (signing && canvasRef.current !== null) blank(canvasRef.current);
  }, [signing]);

  const context = (): CanvasRenderingContext2D | null =>
    canvasRef.current?.getContext('2d') ?? null;

  const down = (e: PointerEvent<HTMLCanvasElement>): void => {
    const ink = context();
    if (ink === null) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const [x, y] = pointIn(e.currentTarget, e);
    ink.beginPath();
    ink.moveTo(x, y);
    // A tap leaves a dot, as a pen would.
    ink.lineTo(x, y);
    ink.stroke();
    setDrawn(true);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>): void => {
    const ink = context();
    if (!drawing.current || ink === null) return;
    const [x, y] = pointIn(e.currentTarget, e);
    ink.lineTo(x, y);
    ink.stroke();
  };
  const up = (): void => {
    drawing.current = false;
  };
  const clear = (): void => {
    if (canvasRef.current !== null) blank(canvasRef.current);
    setDrawn(false);
  };

  const keep = async (): Promise<void> => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const blob = await canvasPng(canvas);
      const id = crypto.randomUUID();
      const now = bangkokIso(new Date());
      await savePhoto({
        id,
        screeningId,
        studentId,
        kind: 'signature',
        source: 'teacher_visit',
        blob,
        mime: 'image/png',
        width: canvas.width,
        height: canvas.height,
        capturedAt: now,
        uploaded: 0,
        done: false,
      });
      const { form: current, onSet: set } = latest.current;
      set(declarationsPath, withSignature(valueAt(current, declarationsPath.join('.')), id, now));
      // The signature it replaces is dropped from the phone unless the server already has it.
      const replaced = ref === undefined ? undefined : await photo(ref);
      if (replaced !== undefined && !replaced.done) await deletePhoto(replaced.id);
      setSigning(false);
      setDrawn(false);
    } catch (error) {
      setFailure(t('capture.signature.failed', { reason: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="capture signature">
      <legend>{label}</legend>
      <p role="status" aria-live="polite">
        {ref === undefined
          ? t('capture.signature.empty')
          : stored === undefined
            ? t('capture.signature.elsewhere')
            : t('capture.signature.kept')}
      </p>
      {ref !== undefined && url !== undefined && !signing ? (
        <img className="signature-image" src={url} alt={t('capture.signature.image')} />
      ) : null}
      {signing ? (
        <>
          <canvas
            ref={canvasRef}
            className="signature-pad"
            role="img"
            aria-label={t('capture.signature.pad')}
            onPointerDown={down}
            onPointerMove={move}
            onPointerUp={up}
            onPointerCancel={up}
          />
          <div className="inline">
            <button type="button" className="secondary" onClick={clear} disabled={busy}>
              {t('capture.signature.clear')}
            </button>
            <button type="button" onClick={() => void keep()} disabled={!drawn || busy}>
              {t('capture.signature.keep')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="secondary" onClick={() => setSigning(true)}>
          {t('capture.signature.again')}
        </button>
      )}
      {failure === undefined ? null : (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {errors}
    </fieldset>
  );
}
