import { FORM_REVISIONS, type ChoiceField, type GroupField, type ListField } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { newDraftForm, type DraftForm } from '../form/wizard.js';
import { kindsInForm, photoNeeds } from './photo-rules.js';

/** The photo kinds as the definition offers them. */
const photosSection = FORM_REVISIONS['2026-03'].variants.household.sections.find(
  (f) => f.id === 'photos',
) as GroupField;
const items = photosSection.fields.find((f) => f.id === 'items') as ListField;
const KINDS = (items.fields.find((f) => f.id === 'kind') as ChoiceField).options.map((o) => o.code);

const withPhotos = (photos: Record<string, unknown>): DraftForm => ({
  ...newDraftForm('2026-03'),
  photos,
});

describe('which photos a household still needs', () => {
  it('offers the definition’s kinds, in its order', () => {
    expect(KINDS).toEqual(['outside', 'inside', 'school_sign']);
  });

  it('asks for the home outside and inside when the home can be photographed', () => {
    expect(photoNeeds(newDraftForm('2026-03'), KINDS)).toEqual({
      expected: ['outside', 'inside'],
      missing: ['outside', 'inside'],
    });
  });

  it('counts a kind once it has a photo, whatever else the item still lacks', () => {
    const form = withPhotos({ items: [{ kind: 'inside' }, { kind: 'inside', ref: 'x' }] });
    expect(photoNeeds(form, KINDS).missing).toEqual(['outside']);
    const done = withPhotos({ items: [{ kind: 'inside' }, { kind: 'outside' }] });
    expect(photoNeeds(done, KINDS).missing).toEqual([]);
  });

  it('asks for the school-sign photo instead once a reason is given', () => {
    const form = withPhotos({
      unphotographableReason: 'other_province',
      items: [{ kind: 'outside' }],
    });
    expect(photoNeeds(form, KINDS)).toEqual({
      expected: ['school_sign'],
      missing: ['school_sign'],
    });
    const signed = withPhotos({
      unphotographableReason: 'not_permitted',
      items: [{ kind: 'school_sign' }],
    });
    expect(photoNeeds(signed, KINDS).missing).toEqual([]);
  });

  it('stays within the list’s limit when the form is full', () => {
    const full = withPhotos({ items: Array.from({ length: 10 }, () => ({ kind: 'outside' })) });
    expect(photoNeeds(full, KINDS).missing).toEqual(['inside']);
  });

  it('reads the kinds in the form, skipping items without one', () => {
    expect(kindsInForm(withPhotos({ items: [{ kind: 'inside' }, {}, null, { kind: 3 }] }))).toEqual(
      ['inside'],
    );
    expect(kindsInForm(newDraftForm('2026-03'))).toEqual([]);
  });
});
