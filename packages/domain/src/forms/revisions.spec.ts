import { describe, expect, it } from 'vitest';
import type { Field } from './fields.js';
import { FORM_REVISION_IDS, FORM_VARIANTS } from './household.js';
import { FORM_REVISIONS, formRevision } from './revisions.js';

const codesAt = (fields: readonly Field[], path: string): string[] => {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.id === head);
  if (!field) return [];
  if (rest.length === 0) return field.input === 'choice' ? field.options.map((o) => o.code) : [];
  return 'fields' in field ? codesAt(field.fields, rest.join('.')) : [];
};

/** Every field of a variant, with its dotted path (list items without an index). */
function walk(fields: readonly Field[], prefix = ''): Array<[string, Field]> {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.id}` : f.id;
    const below = 'fields' in f ? walk(f.fields, path) : [];
    return [[path, f] as [string, Field], ...below];
  });
}

describe('formRevision', () => {
  it('finds each known revision', () => {
    for (const id of FORM_REVISION_IDS) {
      const result = formRevision(id);
      expect(result.ok && result.value.id).toBe(id);
    }
  });

  it('refuses an unknown or missing revision with a stable code', () => {
    const unknown = formRevision('2030');
    expect(!unknown.ok && unknown.issues.map((i) => i.code)).toEqual(['FORM_UNKNOWN_REVISION']);
    expect(!unknown.ok && unknown.issues[0]?.message.en).toBe(
      'Unknown form revision "2030" (known: 2023, 2026-03)',
    );
    const missing = formRevision(undefined);
    expect(!missing.ok && missing.issues.map((i) => i.code)).toEqual(['REQUIRED']);
  });
});

describe('FORM_REVISIONS as data', () => {
  const variants = FORM_REVISION_IDS.flatMap((r) =>
    FORM_VARIANTS.map((v) => [r, v, FORM_REVISIONS[r].variants[v]] as const),
  );

  it('labels every field and option in Thai and English, with distinct option codes', () => {
    for (const [, , spec] of variants) {
      for (const [path, field] of walk(spec.sections)) {
        expect(field.label.th && field.label.en, path).toBeTruthy();
        if (field.input !== 'choice') continue;
        const codes = field.options.map((o) => o.code);
        expect(new Set(codes).size, path).toBe(codes.length);
        for (const o of field.options)
          expect(o.label.th && o.label.en, `${path}.${o.code}`).toBeTruthy();
      }
    }
  });

  it('makes every condition depend on a choice or yes/no field that can take its values', () => {
    for (const [, , spec] of variants) {
      const byPath = new Map(walk(spec.sections));
      for (const [path, field] of byPath) {
        if (!field.when) continue;
        const source = byPath.get(field.when.field);
        expect(source?.input, path).toMatch(/^(choice|boolean)$/);
        const values =
          source?.input === 'choice' ? source.options.map((o) => o.code) : [true, false];
        for (const v of field.when.anyOf) expect(values, path).toContain(v);
      }
    }
  });

  it('asks the household-status questions of the revision as they are', () => {
    for (const id of FORM_REVISION_IDS) {
      const revision = FORM_REVISIONS[id];
      const status = revision.variants.household.sections.find((f) => f.id === 'status');
      const ids = status && 'fields' in status ? status.fields.map((f) => f.id) : [];
      expect(ids).toEqual(revision.statusQuestions.map((q) => q.id));
    }
  });

  it('differs between 2023 and 2026-03 only in the documented option lists', () => {
    const differing = new Set<string>();
    for (const variant of FORM_VARIANTS) {
      const old = new Map(walk(FORM_REVISIONS['2023'].variants[variant].sections));
      for (const [path, field] of walk(FORM_REVISIONS['2026-03'].variants[variant].sections)) {
        expect(old.has(path), path).toBe(true);
        if (JSON.stringify(old.get(path)) !== JSON.stringify(field)) differing.add(path);
      }
    }
    const ownOptions = [...differing].filter((p) => !['guardian', 'travel', 'status'].includes(p));
    expect(ownOptions.sort()).toEqual([
      'guardian.occupation',
      'status.electricity',
      'travel.modes',
    ]);
    expect(
      codesAt(FORM_REVISIONS['2026-03'].variants.household.sections, 'status.electricity'),
    ).toContain('shared_line');
  });
});
