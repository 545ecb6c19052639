import {
  consultationMessages,
  consultations,
  knowledgeArticles,
  knowledgeTranslations,
  knowledgeVersions,
  type Transaction,
} from '@birge/db';
import {
  type ConsultationStatus,
  type ConsultationTopic,
  knowledgeSearchText,
  type Language,
  languages,
} from '@birge/domain';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { demoArticles } from './demo-knowledge';
import { seededRandom } from './random';

const system: AuditContext = { actorId: null, clientAddress: 'demo' };

/** Questions people ask, by topic, in the languages Qorgan-M's bot heard most. */
const questions: Record<ConsultationTopic, Partial<Record<Language, string[]>>> = {
  rights: {
    kk: [
      'Жұмыс беруші мүгедектігіме байланысты жұмыстан шығарды. Не істеуге болады?',
      'Пандус жоқ, емханаға кіре алмаймын. Қайда шағымдануға болады?',
    ],
    ru: [
      'Мне отказали в приёме на работу из-за инвалидности. Это законно?',
      'Где получить бесплатную консультацию юриста?',
    ],
    ky: ['Мүмкүнчүлүгү чектелген адамдын укугу бузулса кайда кайрылуу керек?'],
  },
  benefits: {
    kk: [
      'Балама мүгедектік бойынша жәрдемақыны қалай ресімдеймін?',
      'Бірінші топтағы анамды күтемін. Маған жәрдемақы бар ма?',
    ],
    ru: [
      'Какие документы нужны для пособия по инвалидности?',
      'Пенсию по инвалидности перестали платить после переосвидетельствования. Что делать?',
    ],
    ky: ['Майыптыгы бар балага жөлөкпулду кантип алса болот?', 'Пенсия менен жөлөкпулду бирге алса болобу?'],
  },
  education: {
    kk: ['Мектеп баламды қабылдамай жатыр. Не істеуім керек?'],
    ru: ['Можно ли получить ассистента для ребёнка в школе?', 'Как пройти ПМПК и что она даёт?'],
    ky: ['Баламды жашаган жерибиздеги мектепке кабыл алышпай жатат. Эмне кылыш керек?'],
  },
  health: {
    kk: ['МӘС-ке жолдаманы қайдан аламын?', 'Жеке оңалту бағдарламасы бойынша арба қалай алуға болады?'],
    ru: ['Как получить коляску по индивидуальной программе реабилитации?'],
    ky: ['МСЭКке кантип жолдомо алам?'],
  },
  employment: {
    kk: ['Мүгедектігі бар адамдарға арналған квота бойынша жұмыс қалай табуға болады?'],
    ru: ['Есть ли квота рабочих мест для людей с инвалидностью?', 'Как встать на учёт в центре занятости?'],
    ky: ['Майыптыгы бар адамдарга жумуш орундарынын квотасы барбы?'],
  },
  other: {
    kk: ['Мүгедектігі бар адамдарға арналған такси қызметі бар ма?'],
    ru: ['Как получить парковочное место для людей с инвалидностью?'],
  },
};

const answers: Record<Language, string> = {
  kk: 'Сәлеметсіз бе! Сұрағыңызға рахмет. Қысқаша: құжаттарды ХҚКО немесе eGov.kz арқылы тапсыруға болады. Қажет болса, біз көмектесеміз: тікелей осында жазыңыз.',
  ru: 'Здравствуйте! Спасибо за вопрос. Коротко: документы подаются через ЦОН или eGov.kz. Если нужна помощь с заявлением, напишите нам сюда.',
  ky: 'Саламатсызбы! Сурооңузга рахмат. Кыскача: арызды райондук социалдык өнүгүү башкармалыгына бериңиз. Жардам керек болсо, ушул жерге жазыңыз.',
  en: 'Hello, and thank you for the question. In short: apply at the district office. Write to us here if you need help with the application.',
};

const statusPlan: ConsultationStatus[] = [
  ...Array<ConsultationStatus>(6).fill('waiting'),
  ...Array<ConsultationStatus>(4).fill('in_progress'),
  ...Array<ConsultationStatus>(8).fill('answered'),
  ...Array<ConsultationStatus>(8).fill('closed'),
  ...Array<ConsultationStatus>(4).fill('self_served'),
];

async function loadArticles(tx: Transaction, organisationFor: (country: 'KG' | 'KZ' | null) => string) {
  for (const article of demoArticles) {
    const organisationId = organisationFor(article.country);
    const [row] = await tx
      .insert(knowledgeArticles)
      .values({ organisationId, topic: article.topic, country: article.country, status: 'published' })
      .returning();
    if (!row) throw new Error('insert returned no row');
    for (const language of languages) {
      const text = article[language];
      await tx.insert(knowledgeTranslations).values({
        articleId: row.id,
        language,
        ...text,
        searchText: knowledgeSearchText(text.title, text.body),
      });
      await tx.insert(knowledgeVersions).values({ articleId: row.id, language, version: 1, ...text });
    }
    await recordAudit(tx, system, {
      action: 'knowledge.create',
      recordType: 'knowledge_article',
      recordId: row.id,
      organisationId,
      after: { topic: row.topic, country: row.country, status: row.status },
    });
  }
}

/**
 * The knowledge base (twelve articles in four languages, by the Janyryk network for Kyrgyzstan and Qorgan-M for
 * Kazakhstan), thirty recent consultations held by Qorgan-M in Kazakh, Russian and Kyrgyz, across topics, channels
 * and statuses — some overdue in the queue, some answered and rated — and the programme's closed archive.
 */
export async function loadDemoConsultations(
  tx: Transaction,
  options: { holderId: string; kgOrganisationId: string; expertId: string | null; now?: Date },
) {
  await loadArticles(tx, (country) => (country === 'KG' ? options.kgOrganisationId : options.holderId));
  const random = seededRandom(274);
  const now = options.now ?? new Date();
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const topics = Object.keys(questions) as ConsultationTopic[];
  for (const [i, status] of statusPlan.entries()) {
    const topic = topics[i % topics.length] as ConsultationTopic;
    const byLanguage = questions[topic];
    const language = random.pick(Object.keys(byLanguage) as Language[]);
    const text = random.pick(byLanguage[language] ?? []);
    const open = status === 'waiting' || status === 'in_progress';
    // Open questions waited from a few hours up to four days (some past their target); others are older.
    const askedAt = hoursAgo(open ? random.int(2, 96) : random.int(100, 24 * 60));
    const answered = status === 'answered' || status === 'closed';
    const firstAnsweredAt = answered ? new Date(askedAt.getTime() + random.int(1, 60) * 3_600_000) : null;
    const [row] = await tx
      .insert(consultations)
      .values({
        organisationId: options.holderId,
        channel: i % 3 === 2 ? 'web' : 'telegram',
        topic,
        language,
        status,
        expertId: status === 'waiting' || status === 'self_served' ? null : options.expertId,
        askedAt,
        waitingSince: open ? askedAt : null,
        firstAnsweredAt,
        answeredAt: firstAnsweredAt,
        closedAt:
          status === 'closed' && firstAnsweredAt
            ? new Date(firstAnsweredAt.getTime() + 86_400_000)
            : status === 'self_served'
              ? askedAt
              : null,
        rating: answered && random.chance(0.7) ? random.int(3, 5) : null,
        createdAt: askedAt,
        updatedAt: firstAnsweredAt ?? askedAt,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await tx
      .insert(consultationMessages)
      .values({ consultationId: row.id, kind: 'person', body: text, createdAt: askedAt });
    if (firstAnsweredAt) {
      await tx.insert(consultationMessages).values({
        consultationId: row.id,
        kind: 'expert',
        body: answers[language],
        authorId: options.expertId,
        createdAt: firstAnsweredAt,
        deliveredAt: firstAnsweredAt,
      });
    }
    await recordAudit(tx, system, {
      action: 'consultation.ask',
      recordType: 'consultation',
      recordId: row.id,
      organisationId: options.holderId,
      after: { channel: row.channel, topic, language, status },
    });
  }
  await loadArchivedConsultations(tx, options);
}

/** Days from a start date, as a time of day in Bishkek and Almaty office hours. */
const dayAfter = (start: string, days: number, hour: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000 + (hour - 5) * 3_600_000);

/**
 * The 274 consultations Qorgan-M's bot gave during its programme (March 2024 to October 2025), long closed:
 * the records from which the programme's indicator counts them.
 */
async function loadArchivedConsultations(
  tx: Transaction,
  options: { holderId: string; expertId: string | null },
) {
  const random = seededRandom(2024);
  const topics = Object.keys(questions) as ConsultationTopic[];
  const programmeDays = 609;
  const planned = Array.from({ length: 274 }, (_, i) => {
    const topic = topics[i % topics.length] as ConsultationTopic;
    const language = random.pick(Object.keys(questions[topic]) as Language[]);
    const askedAt = dayAfter('2024-03-01', random.int(0, programmeDays), random.int(9, 19));
    const selfServed = random.chance(0.15);
    const answeredAt = selfServed ? null : new Date(askedAt.getTime() + random.int(1, 48) * 3_600_000);
    return {
      question: random.pick(questions[topic][language] ?? []),
      language,
      row: {
        organisationId: options.holderId,
        channel: random.chance(0.8) ? ('telegram' as const) : ('web' as const),
        topic,
        language,
        status: selfServed ? ('self_served' as const) : ('closed' as const),
        expertId: selfServed ? null : options.expertId,
        askedAt,
        firstAnsweredAt: answeredAt,
        answeredAt,
        closedAt: answeredAt ? new Date(answeredAt.getTime() + 86_400_000) : askedAt,
        rating: answeredAt && random.chance(0.6) ? random.int(3, 5) : null,
        createdAt: askedAt,
        updatedAt: answeredAt ?? askedAt,
      },
    };
  });
  const rows = await tx
    .insert(consultations)
    .values(planned.map((p) => p.row))
    .returning({ id: consultations.id });
  await tx.insert(consultationMessages).values(
    rows.flatMap(({ id }, i) => {
      const { question, language, row } = planned[i] as (typeof planned)[number];
      const asked = { consultationId: id, kind: 'person' as const, body: question, createdAt: row.askedAt };
      return row.answeredAt
        ? [
            asked,
            {
              consultationId: id,
              kind: 'expert' as const,
              body: answers[language],
              authorId: options.expertId,
              createdAt: row.answeredAt,
              deliveredAt: row.answeredAt,
            },
          ]
        : [asked];
    }),
  );
  for (const [i, { id }] of rows.entries()) {
    const { row } = planned[i] as (typeof planned)[number];
    await recordAudit(tx, system, {
      action: 'consultation.ask',
      recordType: 'consultation',
      recordId: id,
      organisationId: options.holderId,
      after: { channel: row.channel, topic: row.topic, language: row.language, status: row.status },
    });
  }
}
