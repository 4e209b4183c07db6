import { formatNumber, type Lang } from '@isee/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../dates.js';
import { useLang } from '../../hooks.js';
import type { Shown, SummaryNode } from '../../review/form-summary.js';

type Level = 3 | 4 | 5 | 6;

const deeper = (level: Level): Level => (level === 6 ? 6 : ((level + 1) as Level));

function Heading({ level, children }: { readonly level: Level; readonly children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag>{children}</Tag>;
}

/** An answer in the reader's language; numbers as the domain writes them in its messages. */
export function ShownValue({ shown }: { readonly shown: Shown }) {
  const { t } = useTranslation();
  const lang: Lang = useLang();
  switch (shown.kind) {
    case 'empty':
      return <span className="muted">{t('review.notAnswered')}</span>;
    case 'text':
      return <>{shown.text}</>;
    case 'options':
      return <>{shown.labels.map((label) => label[lang]).join(', ')}</>;
    case 'number':
      return (
        <>
          {formatNumber(shown.value)}
          {shown.unit[lang] === '' ? '' : ` ${shown.unit[lang]}`}
        </>
      );
    case 'yesNo':
      return <>{shown.value ? t('wizard.yes') : t('wizard.no')}</>;
    case 'date':
      return <>{formatDate(shown.iso, lang)}</>;
    case 'place':
      return (
        <>
          {shown.lat.toFixed(6)}, {shown.lon.toFixed(6)}
        </>
      );
  }
}

/**
 * Nodes under one heading level: runs of answers as definition lists, groups and lists as
 * sub-sections with their own headings, so the reader can jump from section to section.
 */
function Nodes({
  nodes,
  level,
}: {
  readonly nodes: readonly SummaryNode[];
  readonly level: Level;
}) {
  const lang = useLang();
  const blocks: ReactNode[] = [];
  let answers: SummaryNode[] = [];
  const flush = (): void => {
    if (answers.length === 0) return;
    blocks.push(
      <dl key={`dl-${answers[0]?.path}`} className="answers">
        {answers.map((node) => (
          <div key={node.path}>
            <dt>{node.label[lang]}</dt>
            <dd>{node.kind === 'value' ? <ShownValue shown={node.shown} /> : null}</dd>
          </div>
        ))}
      </dl>,
    );
    answers = [];
  };
  for (const node of nodes) {
    if (node.kind === 'value') {
      answers.push(node);
      continue;
    }
    flush();
    blocks.push(<Section key={node.path} node={node} level={level} />);
  }
  flush();
  return <>{blocks}</>;
}

type Container = Exclude<SummaryNode, { readonly kind: 'value' }>;

function Section({ node, level }: { readonly node: Container; readonly level: Level }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="answer-group">
      <Heading level={level}>{node.label[lang]}</Heading>
      {node.kind === 'group' ? (
        <Nodes nodes={node.children} level={deeper(level)} />
      ) : node.items.length === 0 ? (
        <p className="muted">{t('review.notAnswered')}</p>
      ) : (
        <ol className="entries">
          {node.items.map((item, index) => (
            <li key={item.path} className="entry">
              <Heading level={deeper(level)}>{t('review.entry', { n: index + 1 })}</Heading>
              <Nodes nodes={item.children} level={deeper(deeper(level))} />
              {item.income === undefined ? null : (
                <p className="subtotal">
                  {t('members.income', { amount: formatNumber(item.income) })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Under the screen's h3 for the form, each section has an h4. */
const SECTION_LEVEL: Level = 4;

/** The whole form, read-only, one card per section of the form definition. */
export function FormSummary({ nodes }: { readonly nodes: readonly SummaryNode[] }) {
  return (
    <>
      {nodes.map((node) => (
        <div key={node.path} className="card">
          {node.kind === 'value' ? (
            <Nodes nodes={[node]} level={SECTION_LEVEL} />
          ) : (
            <Section node={node} level={SECTION_LEVEL} />
          )}
        </div>
      ))}
    </>
  );
}
