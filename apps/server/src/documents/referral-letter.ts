import type { consents, persons, referrals } from '@birge/db';
import type { Language } from '@birge/domain';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentWords } from './case-summary';

export type ReferralLetterInput = {
  referral: typeof referrals.$inferSelect;
  person: typeof persons.$inferSelect;
  consent: typeof consents.$inferSelect | null;
  fromName: string;
  toName: string;
  printedBy: string;
};

/** The letter a person can carry to the receiving organisation, saying what was asked and what was shared. */
export function referralLetterDocument(language: Language, input: ReferralLetterInput): TDocumentDefinitions {
  const { t, date, fields, fullName, born, footer } = documentWords(language);
  const { referral, person } = input;
  const shared = referral.sharedFields;
  return {
    info: { title: `${t('doc.referralLetter.title')}: ${fullName(person)}` },
    language,
    footer: footer(input.printedBy),
    content: [
      { text: t('doc.referralLetter.title'), style: 'title' },
      fields([
        ['doc.from', input.fromName],
        ['doc.to', input.toName],
        ['doc.opened', date(referral.createdAt.toISOString())],
        ['doc.status', t(`referral.status.${referral.status}`)],
        ['doc.urgency', t(`doc.urgency.${referral.urgency}`)],
        ['doc.service', referral.service],
        ['doc.reason', referral.reason],
      ]),
      { text: t('doc.person'), style: 'heading' },
      fields([
        ['doc.name', fullName(person)],
        ['doc.sex', t(`sex.${person.sex}`)],
        ['doc.born', born(person)],
        ...(shared.includes('contacts')
          ? ([
              [
                'doc.part.contacts',
                [person.phones.join(', '), person.locality, person.address].filter(Boolean).join('; '),
              ],
            ] as [string, string][])
          : []),
        ...(shared.includes('disability')
          ? ([['doc.disability', t(`disability.${person.disabilityStatus}`)]] as [string, string][])
          : []),
        ...(shared.includes('functioning') && person.functionalDifficulty
          ? ([['doc.functioning', t(`difficulty.${person.functionalDifficulty}`)]] as [string, string][])
          : []),
      ]),
      { text: t('doc.sharedParts'), style: 'heading' },
      { ul: shared.map((part) => t(`doc.part.${part}`)) },
      { text: t('doc.consent'), style: 'heading' },
      {
        text: input.consent
          ? t('doc.consentGiven', { date: date(input.consent.givenOn) })
          : t('doc.consentOverride', { reason: referral.consentOverrideReason ?? '' }),
      },
      { text: `${t('doc.signature')}: ______________________`, margin: [0, 40, 0, 0] },
    ],
  };
}
