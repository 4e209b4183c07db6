import type { Field } from '@isee/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../dates.js';
import { useLang } from '../../hooks.js';
import type { PhotoEvidence } from '../../api.js';
import { optionLabel } from '../../review/form-summary.js';
import { Flags } from './Flags.js';

interface Props {
  readonly photos: readonly PhotoEvidence[];
  /** The screening's form definition, whose photo section names the kinds and sources. */
  readonly sections: readonly Field[];
}

/**
 * The screening's photos and the guardian's signature as the server keeps them (re-encoded, without
 * EXIF), each with its review flags.
 */
export function EvidencePhotos({ photos, sections }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (photos.length === 0) return <p className="muted">{t('review.noPhotos')}</p>;
  return (
    <ul className="photos">
      {photos.map((photo, index) => {
        // The guardian's signature is stored with the photos but is no answer of the photo section.
        const signature = photo.kind === 'signature';
        const kind = signature
          ? t('review.signature')
          : optionLabel(sections, 'photos.items.kind', photo.kind)[lang];
        const source = signature
          ? ''
          : optionLabel(sections, 'photos.items.takenBy', photo.source)[lang];
        return (
          <li key={photo.id} className="card">
            <figure>
              <img
                src={`/api/photos/${photo.id}`}
                alt={t('review.photoAlt', { n: index + 1, kind })}
                width={photo.width}
                height={photo.height}
                loading="lazy"
              />
              <figcaption>
                <span className="name">{kind}</span>
                <span className="muted">
                  {[
                    source,
                    photo.takenAt
                      ? t('review.photoTaken', { when: formatDate(photo.takenAt, lang) })
                      : '',
                  ]
                    .filter((part) => part !== '')
                    .join(' · ')}
                </span>
              </figcaption>
            </figure>
            <Flags flags={photo.flags} />
          </li>
        );
      })}
    </ul>
  );
}
