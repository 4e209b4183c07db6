import { FORM_REVISION_IDS, sampleHouseholds, type Label } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import {
  definitionOf,
  fieldAt,
  optionLabel,
  summarizeForm,
  type SummaryNode,
} from './form-summary.js';

const sample = (id: string, revision: '2023' | '2026-03' = '2026-03') => {
  const found = sampleHouseholds(revision).find((s) => s.id === id);
  if (found === undefined) throw new Error(`no sample ${id}`);
  return found.form;
};

const sectionsFor = (revision: string, variant: string) => {
  const definition = definitionOf(revision, variant);
  if (!definition.ok) throw new Error(definition.issues.map((i) => i.code).join());
  return definition.value.variant.sections;
};

/** The node at a dotted path of the summary, e.g. `members.1.age`. */
function nodeAt(nodes: readonly SummaryNode[], path: string): SummaryNode | undefined {
  for (const node of nodes) {
    if (node.path === path) return node;
    if (!path.startsWith(`${node.path}.`)) continue;
    if (node.kind === 'group') return nodeAt(node.children, path);
    if (node.kind === 'list')
      for (const item of node.items)
        if (path === item.path || path.startsWith(`${item.path}.`))
          return nodeAt(item.children, path);
  }
  return undefined;
}

const shownAt = (nodes: readonly SummaryNode[], path: string) => {
  const node = nodeAt(nodes, path);
  return node?.kind === 'value' ? node.shown : undefined;
};

const thai = (labels: readonly Label[]) => labels.map((l) => l.th);

describe('the form as a reviewer reads it', () => {
  const form = sample('northeast-farm');
  const nodes = summarizeForm(sectionsFor('2026-03', 'household'), form);

  it('follows the sections of the revision in the order the form asks them', () => {
    const sections = sectionsFor('2026-03', 'household');
    expect(nodes.map((n) => n.path)).toEqual(
      sections.filter((f) => f.id !== 'rentPerMonth').map((f) => f.id),
    );
  });

  it('shows choices as their option labels, one or many', () => {
    const livesWith = shownAt(nodes, 'student.livesWith');
    expect(livesWith?.kind === 'options' && livesWith.labels.length).toBe(1);
    const vehicles = shownAt(nodes, 'status.vehicles');
    expect(vehicles?.kind === 'options' && thai(vehicles.labels)).toEqual([
      optionLabel(sectionsFor('2026-03', 'household'), 'status.vehicles', 'motorcycle_or_boat').th,
    ]);
    const modes = shownAt(nodes, 'travel.modes');
    expect(modes?.kind === 'options' && modes.labels).toHaveLength(2);
  });

  it('lists every member with their answers and their monthly income', () => {
    const members = nodeAt(nodes, 'members');
    expect(members?.kind).toBe('list');
    if (members?.kind !== 'list') return;
    expect(members.items).toHaveLength(5);
    expect(members.items.map((m) => m.income)).toEqual([0, 3_300, 700, 600, 600]);
    expect(shownAt(nodes, 'members.1.name')).toEqual({ kind: 'text', text: 'นางบุญมี ศรีสุข' });
    expect(shownAt(nodes, 'members.1.age')).toMatchObject({ kind: 'number', value: 36 });
    expect(shownAt(nodes, 'members.2.chronicallyIll')).toEqual({ kind: 'yesNo', value: true });
    expect(shownAt(nodes, 'members.1.income.wages')).toMatchObject({
      kind: 'number',
      value: 2_500,
      unit: { th: 'บาท/เดือน', en: 'baht/month' },
    });
  });

  it('shows places, dates and unanswered questions for what they are', () => {
    expect(shownAt(nodes, 'address.gps')).toEqual({ kind: 'place', lat: 15.0142, lon: 104.7538 });
    expect(shownAt(nodes, 'declarations.signedAt')).toEqual({
      kind: 'date',
      iso: '2026-07-10T09:40:00+07:00',
    });
    expect(shownAt(nodes, 'photos.unphotographableReason')).toEqual({ kind: 'empty' });
    const photos = nodeAt(nodes, 'photos.items');
    expect(photos?.kind === 'list' && photos.items.map((p) => p.income)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('leaves out a question the form did not ask, and shows it when it did', () => {
    expect(nodeAt(nodes, 'rentPerMonth')).toBeUndefined();
    expect(nodeAt(nodes, 'guardian.idNumber')).toBeDefined();
    const rented = summarizeForm(sectionsFor('2026-03', 'household'), sample('central-middle'));
    expect(shownAt(rented, 'rentPerMonth')).toMatchObject({ kind: 'number', value: 3_500 });
  });

  it('reads an institution through the institutional sections', () => {
    const temple = summarizeForm(sectionsFor('2026-03', 'institution'), sample('north-temple'));
    expect(nodeAt(temple, 'members')).toBeUndefined();
    expect(nodeAt(temple, 'institution')?.kind).toBe('group');
    expect(shownAt(temple, 'institution.help')?.kind).toBe('options');
  });

  it('follows each revision’s own option lists', () => {
    for (const revision of FORM_REVISION_IDS) {
      const read = summarizeForm(
        sectionsFor(revision, 'household'),
        sample('northeast-farm', revision),
      );
      const occupation = shownAt(read, 'guardian.occupation');
      expect(occupation?.kind === 'options' && occupation.labels[0]?.th).not.toBe('labourer');
    }
  });

  it('shows a code the revision does not know as it is, and a wrongly typed answer as text', () => {
    const odd = summarizeForm(sectionsFor('2026-03', 'household'), {
      ...form,
      student: { familyStatus: 'moon_base', livesWith: 7 },
      travel: { roundTripKm: 'far' },
    });
    expect(shownAt(odd, 'student.familyStatus')).toEqual({
      kind: 'options',
      labels: [{ th: 'moon_base', en: 'moon_base' }],
    });
    expect(shownAt(odd, 'travel.roundTripKm')).toEqual({ kind: 'text', text: 'far' });
    expect(shownAt(odd, 'travel.modes')).toEqual({ kind: 'empty' });
  });

  it('reads a missing or broken form as unanswered rather than failing', () => {
    for (const broken of [null, 'form', [], { members: 'many' }]) {
      const read = summarizeForm(sectionsFor('2026-03', 'household'), broken);
      expect(shownAt(read, 'student.livesWith')).toEqual({ kind: 'empty' });
      const members = nodeAt(read, 'members');
      expect(members?.kind === 'list' && members.items).toEqual([]);
    }
  });
});

describe('the form definition of a screening', () => {
  it('names the revision and variant it was filled in with', () => {
    const definition = definitionOf('2023', 'institution');
    expect(definition.ok && definition.value.revision.id).toBe('2023');
    expect(definition.ok && definition.value.variant.label.en).toContain('Institutional');
  });

  it('says why it cannot read a revision or variant this app does not know', () => {
    const revision = definitionOf('2031', 'household');
    expect(!revision.ok && revision.issues[0]?.code).toBe('FORM_UNKNOWN_REVISION');
    const variant = definitionOf('2026-03', 'boat');
    expect(!variant.ok && variant.issues[0]).toMatchObject({
      code: 'UNKNOWN_OPTION',
      path: 'variant',
    });
  });

  it('finds a field and its option labels by path, and reads an unknown code as itself', () => {
    const sections = sectionsFor('2026-03', 'household');
    expect(fieldAt(sections, 'photos.items.kind')?.input).toBe('choice');
    expect(fieldAt(sections, 'photos.nothing')).toBeUndefined();
    expect(fieldAt(sections, 'rentPerMonth.deeper')).toBeUndefined();
    expect(optionLabel(sections, 'photos.items.kind', 'inside').en).toContain('Inside');
    expect(optionLabel(sections, 'photos.items.takenBy', 'drone')).toEqual({
      th: 'drone',
      en: 'drone',
    });
  });
});
