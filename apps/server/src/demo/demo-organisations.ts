import type { OrganisationType, Role } from '@birge/domain';

export type DemoOrganisation = {
  key: string;
  name: string;
  type: OrganisationType;
  regionCode: string;
  district?: string;
  address: string;
  languages: ('ky' | 'kk' | 'ru' | 'en')[];
  description: string;
};

/** The organisations of the seed programmes: Janyryk, its centres, the action groups, Qorgan-M, Agents of Change. */
export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'janyryk',
    name: 'Жаңырык — национальная сеть родителей детей с инвалидностью',
    type: 'ngo',
    regionCode: 'KG-GB',
    address: 'Бишкек, ул. Токтогула, 125',
    languages: ['ky', 'ru'],
    description:
      'Secretariat of the national network of parent-led and resource NGOs working with children with disabilities.',
  },
  {
    key: 'infoBishkek',
    name: 'Информационный центр «Жаңырык» — Бишкек',
    type: 'information_centre',
    regionCode: 'KG-GB',
    address: 'Бишкек, ул. Ахунбаева, 92',
    languages: ['ky', 'ru'],
    description: 'Information centre where parents-leaders and resource groups advise families.',
  },
  {
    key: 'infoOsh',
    name: 'Маалымат борбору «Жаңырык» — Ош',
    type: 'information_centre',
    regionCode: 'KG-GO',
    address: 'Ош, ул. Ленина, 221',
    languages: ['ky', 'ru'],
    description: 'Information centre of the Janyryk network in the south.',
  },
  {
    key: 'lagBishkek',
    name: 'Локальная инициативная группа — Бишкек',
    type: 'local_action_group',
    regionCode: 'KG-GB',
    address: 'Бишкек, мкр. Асанбай, 18',
    languages: ['ky', 'ru'],
    description:
      'Local action group advocating social and economic inclusion of young people with disabilities.',
  },
  {
    key: 'lagNooken',
    name: 'Ноокен аймактык демилге тобу',
    type: 'local_action_group',
    regionCode: 'KG-J',
    district: 'Nooken',
    address: 'Ноокен району, Массы шаары',
    languages: ['ky'],
    description: 'Local action group of the rural Nooken community.',
  },
  {
    key: 'shaidanSchool',
    name: 'Шайдан атайын мектеби',
    type: 'school',
    regionCode: 'KG-J',
    district: 'Nooken',
    address: 'Ноокен району, Шайдан айылы',
    languages: ['ky'],
    description:
      'Special school in the village of Shaidan, with a job-inclusion bakery and café for young people.',
  },
  {
    key: 'rehabBishkek',
    name: 'Городской реабилитационный центр Бишкека',
    type: 'health_facility',
    regionCode: 'KG-GB',
    address: 'Бишкек, ул. Жукеева-Пудовкина, 77',
    languages: ['ky', 'ru'],
    description: 'City rehabilitation centre with a greenhouse job-inclusion workshop.',
  },
  {
    key: 'socialWorkFaculty',
    name: 'Факультет социальной работы — сеть студентов',
    type: 'university',
    regionCode: 'KG-GB',
    address: 'Бишкек, пр. Чуй, 256',
    languages: ['ky', 'ru', 'en'],
    description: 'Faculty of Social Work, leading a network of students and teachers across universities.',
  },
  {
    key: 'qorgan',
    name: '«Қорған-М» республикалық қоғамдық бірлестігі',
    type: 'ngo',
    regionCode: 'KZ-71',
    address: 'Астана, Мәңгілік Ел даңғылы, 8',
    languages: ['kk', 'ru'],
    description: 'Republican association for the social inclusion of people with disabilities in Kazakhstan.',
  },
  {
    key: 'agentsOfChange',
    name: '«Агенты перемен» коомдук бирикмеси',
    type: 'ngo',
    regionCode: 'KG-GB',
    address: 'Бишкек, ул. Киевская, 96',
    languages: ['ky', 'ru'],
    description: 'Youth association working on villagers’ employment and income.',
  },
  {
    key: 'cisu',
    name: 'CISU — Civil Society in Development',
    type: 'donor',
    regionCode: '',
    address: 'Klostergade 28, 8000 Aarhus, Denmark',
    languages: ['en'],
    description: 'Danish fund for civil society projects; funded the job inclusion programme.',
  },
  {
    key: 'icco',
    name: 'ICCO Cooperation',
    type: 'donor',
    regionCode: 'KG-GB',
    address: 'Bishkek office',
    languages: ['en', 'ru'],
    description: 'Dutch cooperation organisation; supported the Janyryk network of parents’ organisations.',
  },
  {
    key: 'institutionKant',
    name: 'Кантский детский дом-интернат',
    type: 'residential_institution',
    regionCode: 'KG-C',
    address: 'Кант, ул. Ленина, 41',
    languages: ['ky', 'ru'],
    description: 'Residential institution for children of Chüy region, reorganised into community services.',
  },
  {
    key: 'institutionTokmok',
    name: 'Токмокский дом ребёнка',
    type: 'residential_institution',
    regionCode: 'KG-C',
    address: 'Токмок, ул. Шамсинская, 12',
    languages: ['ky', 'ru'],
    description: 'Residential home for infants and young children of Chüy region.',
  },
  {
    key: 'institutionBelovodskoe',
    name: 'Беловодский детский дом-интернат для детей с инвалидностью',
    type: 'residential_institution',
    regionCode: 'KG-C',
    address: 'Беловодское, ул. Кирова, 5',
    languages: ['ky', 'ru'],
    description:
      'Residential institution for children with disabilities, turned into a day-care and rehabilitation centre.',
  },
  {
    key: 'europeanUnion',
    name: 'Delegation of the European Union to the Kyrgyz Republic',
    type: 'donor',
    regionCode: 'KG-GB',
    address: 'Bishkek, Erkindik Boulevard 21',
    languages: ['en', 'ru', 'ky'],
    description: 'Funded the favourable family environment programme for children.',
  },
  {
    key: 'civilInitiatives',
    name: '«Азаматтық бастамаларды қолдау орталығы» КЕАҚ',
    type: 'donor',
    regionCode: 'KZ-71',
    address: 'Астана',
    languages: ['kk', 'ru'],
    description: 'Civil Initiatives Support Centre of Kazakhstan; funded the inclusive society programme.',
  },
  {
    key: 'nanBakery',
    name: 'ОсОО «Нан-Ай» — пекарня',
    type: 'employer',
    regionCode: 'KG-GB',
    address: 'Бишкек, ул. Токтогула, 125',
    languages: ['ky', 'ru'],
    description: 'A bakery with three shops in Bishkek that hires graduates of the job-inclusion workshops.',
  },
  {
    key: 'bishkekCall',
    name: 'ОсОО «Бишкек Колл» — колл-центр',
    type: 'employer',
    regionCode: 'KG-GB',
    address: 'Бишкек, пр. Манаса, 40',
    languages: ['ky', 'ru'],
    description: 'A call centre with workplaces on the ground floor and screen readers.',
  },
  {
    key: 'oshTextile',
    name: '«Ош Текстиль» тигүү фабрикасы',
    type: 'employer',
    regionCode: 'KG-GO',
    address: 'Ош, Курманжан Датка көч., 210',
    languages: ['ky', 'ru'],
    description: 'A sewing factory in Osh.',
  },
  {
    key: 'almaMarket',
    name: 'ТОО «Алма Маркет»',
    type: 'employer',
    regionCode: 'KZ-75',
    address: 'Алматы, пр. Абая, 52',
    languages: ['kk', 'ru'],
    description: 'A chain of grocery shops in Almaty.',
  },
];

export const demoNetworks = [
  {
    name: 'Жаңырык — Janyryk national parents’ network',
    description: 'Parent-led and resource NGOs for children with disabilities across Kyrgyzstan.',
    lead: 'janyryk',
    members: ['infoBishkek', 'infoOsh', 'lagBishkek', 'lagNooken', 'shaidanSchool', 'rehabBishkek'],
  },
  {
    name: 'Faculty of Social Work network',
    description: 'Students and teachers of social work across universities.',
    lead: 'socialWorkFaculty',
    members: ['agentsOfChange'],
  },
];

export const demoPassword = 'birge-demo-2026';

export type DemoAccount = {
  email: string;
  name: string;
  platformAdmin?: boolean;
  organisation?: string;
  roles?: Role[];
};

/** A user of every role, each working for one demo organisation. */
export const demoAccounts: DemoAccount[] = [
  { email: 'admin@birge.test', name: 'Platform Administrator', platformAdmin: true },
  {
    email: 'janyryk.admin@birge.test',
    name: 'Гүлнара Асанова',
    organisation: 'janyryk',
    roles: ['administrator'],
  },
  {
    email: 'secretariat@birge.test',
    name: 'Айпери Токтосунова',
    organisation: 'janyryk',
    roles: ['network_secretariat'],
  },
  { email: 'monitor@birge.test', name: 'Бакыт Жумабеков', organisation: 'janyryk', roles: ['monitor'] },
  {
    email: 'caseworker@birge.test',
    name: 'Нургүл Осмонова',
    organisation: 'infoBishkek',
    roles: ['case_worker', 'child_protection'],
  },
  {
    email: 'supervisor@birge.test',
    name: 'Чолпон Бейшеналиева',
    organisation: 'infoBishkek',
    roles: ['coordinator', 'child_protection'],
  },
  {
    email: 'rehab.worker@birge.test',
    name: 'Мирлан Турдубаев',
    organisation: 'rehabBishkek',
    roles: ['case_worker', 'child_protection'],
  },
  {
    email: 'coordinator@birge.test',
    name: 'Эрмек Садыков',
    organisation: 'lagBishkek',
    roles: ['coordinator'],
  },
  {
    email: 'qorgan.admin@birge.test',
    name: 'Әсем Нұрланқызы',
    organisation: 'qorgan',
    roles: ['administrator'],
  },
  { email: 'expert@birge.test', name: 'Ержан Сейітов', organisation: 'qorgan', roles: ['expert'] },
  { email: 'grants@birge.test', name: 'Мадина Ахметова', organisation: 'qorgan', roles: ['grants_manager'] },
  {
    email: 'institution.director@birge.test',
    name: 'Салтанат Жээнбекова',
    organisation: 'institutionKant',
    roles: ['coordinator'],
  },
  { email: 'viewer@birge.test', name: 'Тимур Исаков', organisation: 'agentsOfChange', roles: ['viewer'] },
  { email: 'employer@birge.test', name: 'Айбек Жумалиев', organisation: 'nanBakery', roles: ['employer'] },
];
