import type { caseGoals, caseNeeds, caseNotes, caseServices, cases, caseTasks, persons } from '@birge/db';
import type { Language } from '@birge/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type MessageKey, translate } from '../i18n/translate';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

export type CaseSummaryInput = {
  case: Row<typeof cases>;
  person: Row<typeof persons>;
  organisationName: string;
  needs: Row<typeof caseNeeds>[];
  goals: Row<typeof caseGoals>[];
  tasks: Row<typeof caseTasks>[];
  services: Row<typeof caseServices>[];
  notes: Row<typeof caseNotes>[];
  printedBy: string;
};

/** Translating helpers shared by Birge's documents. */
export function documentWords(language: Language) {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key as MessageKey, params);
  const date = (iso: string | null | undefined) =>
    iso
      ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
      : '—';
  const fields = (pairs: [string, string][]): Content => ({
    table: {
      widths: [140, '*'],
      body: pairs.map(([label, value]) => [{ text: t(label), style: 'label' }, value || '—']),
    },
    layout: 'lightHorizontalLines',
  });
  const fullName = (p: Row<typeof persons>) =>
    [p.familyName, p.givenName, p.patronymic].filter(Boolean).join(' ');
  const born = (p: Row<typeof persons>) =>
    p.birthDate ? date(p.birthDate) : p.birthYear ? String(p.birthYear) : '—';
  const footer =
    (printedBy: string): TDocumentDefinitions['footer'] =>
    (page, pages) => ({
      columns: [
        { text: t('doc.printed', { date: date(new Date().toISOString()), name: printedBy }), style: 'small' },
        { text: `${page} / ${pages}`, alignment: 'right', style: 'small' },
      ],
      margin: [40, 10, 40, 0],
    });
  return { t, date, fields, fullName, born, footer };
}

export function caseSummaryDocument(language: Language, input: CaseSummaryInput): TDocumentDefinitions {
  const { t, date, fields, fullName, born, footer } = documentWords(language);
  const list = (items: Content[]): Content =>
    items.length ? { ul: items } : { text: t('doc.none'), italics: true };
  return {
    info: { title: `${t('doc.caseSummary.title')}: ${fullName(input.person)}` },
    language,
    footer: footer(input.printedBy),
    content: [
      { text: t('doc.caseSummary.title'), style: 'title' },
      { text: t('doc.person'), style: 'heading' },
      fields([
        ['doc.name', fullName(input.person)],
        ['doc.sex', t(`sex.${input.person.sex}`)],
        ['doc.born', born(input.person)],
        ['doc.disability', t(`disability.${input.person.disabilityStatus}`)],
        [
          'doc.functioning',
          input.person.functionalDifficulty ? t(`difficulty.${input.person.functionalDifficulty}`) : '—',
        ],
      ]),
      { text: t('doc.case'), style: 'heading' },
      fields([
        ['doc.kind', t(`case.kind.${input.case.kind}`)],
        ['doc.stage', t(`case.state.${input.case.state}`)],
        ['doc.opened', date(input.case.openedOn)],
        ['doc.organisation', input.organisationName],
      ]),
      ...(input.case.summary ? [{ text: input.case.summary, margin: [0, 6, 0, 0] } as Content] : []),
      { text: t('doc.needs'), style: 'heading' },
      list(
        input.needs.map(
          (n) => `${t(`need.${n.domain}`)}: ${t(`need.level.${n.level}`)}${n.notes ? ` — ${n.notes}` : ''}`,
        ),
      ),
      { text: t('doc.plan'), style: 'heading' },
      list(input.goals.map((g) => `${t(`need.${g.domain}`)}: ${g.description}`)),
      { text: t('doc.tasks'), style: 'heading' },
      list(
        input.tasks.map(
          (task) =>
            `${task.title} — ${t('doc.due')}: ${date(task.dueOn)}${task.doneOn ? ` (${t('doc.done')}: ${date(task.doneOn)})` : ''}`,
        ),
      ),
      { text: t('doc.services'), style: 'heading' },
      list(
        input.services.map(
          (s) => `${date(s.deliveredOn)}: ${t(`service.${s.type}`)}${s.outcome ? ` — ${s.outcome}` : ''}`,
        ),
      ),
      { text: t('doc.followUps'), style: 'heading' },
      list(input.notes.slice(0, 10).map((n) => `${date(n.happenedOn)}: ${n.text}`)),
    ],
  };
}
