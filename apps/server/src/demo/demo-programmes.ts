import { programmes, type Transaction } from '@birge/db';
import type { Language, ProgrammeStatus } from '@birge/domain';
import { audited } from './audited';

type DemoProgramme = {
  owner: string;
  title: Record<Language, string>;
  description: Record<Language, string>;
  iatiIdentifier: string;
  status: ProgrammeStatus;
  startDate: string;
  endDate: string;
  budget: string;
  currency: string;
};

/** The five programmes of the seed documents, each managed by the demo organisation that ran it. */
export const demoProgrammes = {
  jobInclusion: {
    owner: 'janyryk',
    title: {
      ky: 'Мүмкүнчүлүгү чектелген жаштарды эмгекке тартуу',
      kk: 'Мүмкіндігі шектеулі жастарды жұмысқа тарту',
      ru: 'Трудовая инклюзия молодёжи с инвалидностью',
      en: 'Job inclusion of young people with disabilities',
    },
    description: {
      ky: 'Бишкек менен Ноокендеги демилге топтору, жумушка тартуу устаканалары жана улуттук форум.',
      kk: 'Бішкек пен Нөкендегі бастамашыл топтар, жұмысқа тарту шеберханалары және ұлттық форум.',
      ru: 'Инициативные группы в Бишкеке и Ноокене, мастерские трудовой инклюзии и национальный форум.',
      en: 'Local action groups in Bishkek and Nooken, job-inclusion workshops and a national forum.',
    },
    iatiIdentifier: 'DK-CVR-36980214-KG-JIF',
    status: 'finalisation',
    startDate: '2017-01-01',
    endDate: '2019-12-31',
    budget: '3200000.00',
    currency: 'DKK',
  },
  parentsLeadership: {
    owner: 'janyryk',
    title: {
      ky: 'Инклюзивдүү коомду курууда ата-энелердин лидерлиги',
      kk: 'Инклюзивті қоғам құрудағы ата-аналар көшбасшылығы',
      ru: 'Лидерство родителей в построении инклюзивного общества',
      en: 'Parents Leadership in Building Inclusive Society for Children',
    },
    description: {
      ky: '«Жаңырык» тармагын чыңдоо, ресурстук топтор жана маалымат борборлору.',
      kk: '«Жаңырық» желісін нығайту, ресурстық топтар және ақпарат орталықтары.',
      ru: 'Укрепление сети «Жаңырык», ресурсные группы и информационные центры.',
      en: 'Strengthening the Janyryk network, resource groups and information centres.',
    },
    iatiIdentifier: 'NL-KVK-56484038-C_005850',
    status: 'implementation',
    startDate: '2016-01-01',
    endDate: '2019-12-31',
    budget: '450000.00',
    currency: 'EUR',
  },
  familyEnvironment: {
    owner: 'infoBishkek',
    title: {
      ky: 'Кыргыз Республикасындагы балдар үчүн ыңгайлуу үй-бүлөлүк чөйрө',
      kk: 'Қырғыз Республикасындағы балалар үшін қолайлы отбасылық орта',
      ru: 'Благоприятная семейная среда для детей Кыргызской Республики',
      en: 'A favourable family environment for children in the Kyrgyz Republic',
    },
    description: {
      ky: 'Чүй облусундагы 3 мекемени кайра уюштуруу аркылуу 220 баланы үй-бүлөгө кайтаруу.',
      kk: 'Шу облысындағы 3 мекемені қайта ұйымдастыру арқылы 220 баланы отбасыға қайтару.',
      ru: 'Деинституционализация 220 детей через реорганизацию 3 интернатных учреждений Чуйской области.',
      en: 'Moving 220 children into family care by reorganising 3 residential institutions in Chüy.',
    },
    iatiIdentifier: 'XI-IATI-EC_INTPA-2018-395-112',
    status: 'closed',
    startDate: '2018-07-01',
    endDate: '2021-06-25',
    budget: '2500000.00',
    currency: 'EUR',
  },
  inclusiveSociety: {
    owner: 'qorgan',
    title: {
      ky: 'Инклюзивдүү коомду өнүктүрүү',
      kk: 'Инклюзивті қоғамды дамыту',
      ru: 'Развитие инклюзивного общества',
      en: 'Developing an inclusive society',
    },
    description: {
      ky: 'Түркістан, Карагандыдагы жана Шымкенттеги жумуш жармаңкелери, чакан гранттар жана кеңеш берүүчү бот.',
      kk: 'Түркістан, Қарағанды облыстарында және Шымкентте жәрмеңкелер, шағын гранттар және кеңес беретін бот.',
      ru: 'Ярмарки вакансий, малые гранты и консультационный бот в Туркестанской, Карагандинской областях и Шымкенте.',
      en: 'Job fairs, small grants and a consultation bot in Turkistan, Karaganda and Shymkent.',
    },
    iatiIdentifier: 'KZ-BIN-000000000001-INCL-2024',
    status: 'closed',
    startDate: '2024-03-01',
    endDate: '2025-10-31',
    budget: '60000000.00',
    currency: 'KZT',
  },
  villagersEmployment: {
    owner: 'agentsOfChange',
    title: {
      ky: 'Айыл тургундарынын иш менен камсыз болушу үчүн инновациялык киреше куралдары',
      kk: 'Ауыл тұрғындарын жұмыспен қамтуға арналған инновациялық табыс құралдары',
      ru: 'Инновационные инструменты дохода для занятости сельских жителей',
      en: 'Innovative income tools to improve villagers’ employment',
    },
    description: {
      ky: 'Айыл тургундарынын, анын ичинде мүмкүнчүлүгү чектелген адамдардын иш менен камсыз болушу.',
      kk: 'Ауыл тұрғындарының, соның ішінде мүгедектігі бар адамдардың жұмыспен қамтылуы.',
      ru: 'Занятость сельских жителей, в том числе людей с инвалидностью.',
      en: 'Employment of villagers, people with disabilities among them.',
    },
    iatiIdentifier: 'KG-INN-01403201010088-VE',
    status: 'implementation',
    startDate: '2023-01-01',
    endDate: '2026-12-31',
    budget: '5000000.00',
    currency: 'KGS',
  },
} satisfies Record<string, DemoProgramme>;

export type DemoProgrammeKey = keyof typeof demoProgrammes;

export async function loadDemoProgrammes(
  tx: Transaction,
  orgId: (key: string) => string | null,
): Promise<Record<DemoProgrammeKey, string>> {
  const ids = {} as Record<DemoProgrammeKey, string>;
  for (const [key, { owner, ...fields }] of Object.entries(demoProgrammes)) {
    const ownerOrganisationId = orgId(owner);
    if (!ownerOrganisationId) throw new Error(`no demo organisation ${owner}`);
    const [row] = await tx
      .insert(programmes)
      .values({ ...fields, ownerOrganisationId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audited(tx, 'programme', row, ownerOrganisationId);
    ids[key as DemoProgrammeKey] = row.id;
  }
  return ids;
}
