import {
  indicators,
  indicatorTargets,
  manualValues,
  networks,
  programmeParticipants,
  programmePolicyMarkers,
  programmeRegions,
  programmeSectors,
  programmes,
  results,
  type Transaction,
} from '@birge/db';
import type {
  Disaggregation,
  IndicatorDefinition,
  Language,
  ParticipantRole,
  ResultLevel,
} from '@birge/domain';
import { dayAfter, disabilityPolicyMarker } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { audited } from './audited';
import type { DemoProgrammeKey } from './demo-programmes';
import type { DemoSetting } from './load-demo';

type Words = Record<Language, string>;
/** Ids a definition needs, known only once the demo is loading. */
type Context = { programmeId: string; orgId: (key: string) => string };
type DemoIndicator = {
  code: string;
  title: Words;
  unit: string;
  definition: ((c: Context) => IndicatorDefinition) | null;
  /** A target for [from, until), or for the programme's whole span when those are left out. */
  targets?: { value: number; from?: string; until?: string }[];
  disaggregations?: Disaggregation[];
  baseline?: { value: number; date: string };
  /** For indicators no source computes: [first day, day after the last, value, who entered it, note]. */
  entered?: [string, string, number, string, string][];
};
type DemoResult = { code: string; title: Words; indicators?: DemoIndicator[]; children?: DemoResult[] };
type DemoLogframe = {
  network?: string;
  participants: [string, ParticipantRole][];
  regions: string[];
  sectors: [string, number][];
  disabilitySignificance: number;
  goal: DemoResult;
};

const w = (en: string, ru: string, ky: string, kk: string): Words => ({ en, ru, ky, kk });
const inProgramme =
  (
    source: string,
    more: Omit<NonNullable<Extract<IndicatorDefinition, { source: string }>['filters']>, 'programmeId'> = {},
    measure: 'count' | 'distinct_persons' | 'sum' = 'count',
  ) =>
  (c: Context): IndicatorDefinition => ({
    measure,
    source,
    filters: { programmeId: c.programmeId, ...more },
  });
const yearly = (first: number, last: number, value: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => ({
    value,
    from: `${first + i}-01-01`,
    until: `${first + i + 1}-01-01`,
  }));

/** The logframes of the seed programmes, their indicators over the sources of the records that recreate the figures. */
const logframes: Record<DemoProgrammeKey, DemoLogframe> = {
  jobInclusion: {
    network: 'janyryk',
    participants: [
      ['cisu', 'funding'],
      ['janyryk', 'accountable'],
      ['lagBishkek', 'implementing'],
      ['lagNooken', 'implementing'],
    ],
    regions: ['KG-GB', 'KG-J'],
    sectors: [
      ['16010', 60],
      ['11330', 40],
    ],
    disabilitySignificance: 2,
    goal: {
      code: 'G',
      title: w(
        'Young people with disabilities are included in work and in their communities',
        'Молодёжь с инвалидностью включена в трудовую и общественную жизнь',
        'Мүмкүнчүлүгү чектелген жаштар эмгекке жана коомдук турмушка тартылган',
        'Мүмкіндігі шектеулі жастар еңбекке және қоғамдық өмірге тартылған',
      ),
      children: [
        {
          code: '1',
          title: w(
            'Young people with disabilities gain working skills and earn',
            'Молодёжь с инвалидностью получает трудовые навыки и доход',
            'Мүмкүнчүлүгү чектелген жаштар эмгек көндүмдөрүн жана киреше алат',
            'Мүмкіндігі шектеулі жастар еңбек дағдылары мен табыс алады',
          ),
          children: [
            {
              code: '1.1',
              title: w(
                'The greenhouse workshop trains young people and grows vegetables',
                'Тепличная мастерская обучает молодёжь и выращивает овощи',
                'Теплица устаканасы жаштарды окутат жана жашылча өстүрөт',
                'Жылыжай шеберханасы жастарды оқытады және көкөніс өсіреді',
              ),
              indicators: [
                {
                  code: '1.1.a',
                  title: w(
                    'Young people trained in the greenhouse workshop',
                    'Молодые люди, обученные в тепличной мастерской',
                    'Теплица устаканасында окутулган жаштар',
                    'Жылыжай шеберханасында оқытылған жастар',
                  ),
                  unit: 'persons',
                  definition: inProgramme(
                    'workshops.trainees',
                    { attributes: { status: ['completed'] } },
                    'distinct_persons',
                  ),
                  targets: [{ value: 42 }],
                  disaggregations: ['sex', 'disability'],
                },
                {
                  code: '1.1.b',
                  title: w('Tomatoes grown', 'Выращено томатов', 'Өстүрүлгөн помидор', 'Өсірілген қызанақ'),
                  unit: 'kg',
                  definition: inProgramme(
                    'workshops.production',
                    { attributes: { product: ['tomatoes'], unit: ['kg'] } },
                    'sum',
                  ),
                  targets: yearly(2017, 2019, 6000),
                },
                {
                  code: '1.1.c',
                  title: w('Cucumbers grown', 'Выращено огурцов', 'Өстүрүлгөн бадыраң', 'Өсірілген қияр'),
                  unit: 'kg',
                  definition: inProgramme(
                    'workshops.production',
                    { attributes: { product: ['cucumbers'], unit: ['kg'] } },
                    'sum',
                  ),
                  targets: yearly(2017, 2019, 2000),
                },
              ],
            },
          ],
        },
        {
          code: '2',
          title: w(
            'Communities and local authorities act for inclusion',
            'Сообщества и местные власти действуют в пользу инклюзии',
            'Жамааттар жана жергиликтүү бийлик инклюзия үчүн аракеттенет',
            'Қауымдастықтар мен жергілікті билік инклюзия үшін әрекет етеді',
          ),
          children: [
            {
              code: '2.1',
              title: w(
                'Facilitators are trained and their work is monitored',
                'Фасилитаторы обучены, их работа отслеживается',
                'Фасилитаторлор окутулган, алардын иши көзөмөлдөнөт',
                'Фасилитаторлар оқытылған, олардың жұмысы бақыланады',
              ),
              indicators: [
                {
                  code: '2.1.a',
                  title: w(
                    'Facilitators trained',
                    'Обучено фасилитаторов',
                    'Окутулган фасилитаторлор',
                    'Оқытылған фасилитаторлар',
                  ),
                  unit: 'persons',
                  definition: inProgramme('trainings.completed', {}, 'distinct_persons'),
                  targets: [{ value: 182 }],
                  disaggregations: ['sex', 'region'],
                },
                {
                  code: '2.1.b',
                  title: w(
                    'Facilitators visited at work by a monitor',
                    'Фасилитаторы, которых посетил наблюдатель',
                    'Көзөмөлчү иш ордунда барган фасилитаторлор',
                    'Бақылаушы жұмыс орнында барған фасилитаторлар',
                  ),
                  unit: 'persons',
                  definition: inProgramme('facilitators.monitoring_visits', {}, 'distinct_persons'),
                  targets: [{ value: 182 }],
                },
              ],
            },
            {
              code: '2.2',
              title: w(
                'Regional workshops and a national forum are held',
                'Проведены региональные семинары и национальный форум',
                'Аймактык семинарлар жана улуттук форум өткөрүлдү',
                'Өңірлік семинарлар мен ұлттық форум өткізілді',
              ),
              indicators: [
                {
                  code: '2.2.a',
                  title: w(
                    'Regional workshops held',
                    'Проведено региональных семинаров',
                    'Өткөрүлгөн аймактык семинарлар',
                    'Өткізілген өңірлік семинарлар',
                  ),
                  unit: 'workshops',
                  definition: inProgramme('activities.held', { activityTypes: ['workshop'] }),
                  targets: [{ value: 8 }],
                  disaggregations: ['region'],
                },
                {
                  code: '2.2.b',
                  title: w(
                    'Participants of the national forum',
                    'Участники национального форума',
                    'Улуттук форумдун катышуучулары',
                    'Ұлттық форумның қатысушылары',
                  ),
                  unit: 'persons',
                  definition: inProgramme('attendance.participants', {
                    activityTypes: ['forum'],
                    attributes: { role: ['participant'] },
                  }),
                  targets: [{ value: 450 }],
                  disaggregations: ['sex', 'disability', 'age_group'],
                },
              ],
            },
            {
              code: '2.3',
              title: w(
                'Local action groups are set up',
                'Созданы местные инициативные группы',
                'Жергиликтүү демилгелүү топтор түзүлдү',
                'Жергілікті бастамашыл топтар құрылды',
              ),
              indicators: [
                {
                  code: '2.3.a',
                  title: w(
                    'Local action groups working',
                    'Действующие инициативные группы',
                    'Иштеп жаткан демилгелүү топтор',
                    'Жұмыс істеп тұрған бастамашыл топтар',
                  ),
                  unit: 'groups',
                  definition: null,
                  targets: [{ value: 2 }],
                  entered: [
                    [
                      '2017-01-01',
                      '2020-01-01',
                      2,
                      'monitor@birge.test',
                      'Bishkek and Nooken, registered in 2017',
                    ],
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  },
  parentsLeadership: {
    network: 'janyryk',
    participants: [
      ['icco', 'funding'],
      ['janyryk', 'accountable'],
      ['infoBishkek', 'implementing'],
      ['infoOsh', 'implementing'],
    ],
    regions: ['KG-GB', 'KG-GO', 'KG-J'],
    sectors: [['15160', 100]],
    disabilitySignificance: 3,
    goal: {
      code: 'G',
      title: w(
        'Children with disabilities grow up in an inclusive society led by their parents',
        'Дети с инвалидностью растут в инклюзивном обществе, которое ведут их родители',
        'Мүмкүнчүлүгү чектелген балдар ата-энелери жетектеген инклюзивдүү коомдо чоңоюшат',
        'Мүмкіндігі шектеулі балалар ата-аналары басқаратын инклюзивті қоғамда өседі',
      ),
      children: [
        {
          code: '1',
          title: w(
            'Parents know their children’s rights and the services open to them',
            'Родители знают права своих детей и доступные им услуги',
            'Ата-энелер балдарынын укуктарын жана кызматтарды билишет',
            'Ата-аналар балаларының құқықтары мен қызметтерді біледі',
          ),
          children: [
            {
              code: '1.1',
              title: w(
                'Information centres inform parents',
                'Информационные центры информируют родителей',
                'Маалымат борборлору ата-энелерге маалымат беришет',
                'Ақпарат орталықтары ата-аналарды хабардар етеді',
              ),
              indicators: [
                {
                  code: '1.1.a',
                  title: w(
                    'Parents informed',
                    'Проинформировано родителей',
                    'Маалымат алган ата-энелер',
                    'Хабардар етілген ата-аналар',
                  ),
                  unit: 'persons',
                  definition: inProgramme('attendance.participants', {
                    activityTypes: ['information_session'],
                  }),
                  targets: [{ value: 1500 }],
                  disaggregations: ['sex', 'region'],
                },
                {
                  code: '1.1.b',
                  title: w(
                    'Children and parents registered by the information centres',
                    'Дети и родители, зарегистрированные информационными центрами',
                    'Маалымат борборлору каттаган балдар жана ата-энелер',
                    'Ақпарат орталықтары тіркеген балалар мен ата-аналар',
                  ),
                  unit: 'persons',
                  definition: (c) => ({
                    measure: 'count',
                    source: 'persons.registered',
                    filters: { organisationIds: [c.orgId('infoBishkek'), c.orgId('infoOsh')] },
                  }),
                  disaggregations: ['sex', 'age_group', 'disability'],
                },
              ],
            },
          ],
        },
      ],
    },
  },
  familyEnvironment: {
    participants: [
      ['europeanUnion', 'funding'],
      ['infoBishkek', 'accountable'],
      ['rehabBishkek', 'implementing'],
      // The three institutions reorganise themselves: their counts of children are the programme's figures.
      ['institutionKant', 'implementing'],
      ['institutionTokmok', 'implementing'],
      ['institutionBelovodskoe', 'implementing'],
    ],
    regions: ['KG-C', 'KG-GB'],
    sectors: [['16010', 100]],
    disabilitySignificance: 1,
    goal: {
      code: 'G',
      title: w(
        'Vulnerable children grow up in a safe family environment',
        'Уязвимые дети растут в безопасной семейной среде',
        'Аялуу балдар коопсуз үй-бүлөлүк чөйрөдө чоңоюшат',
        'Осал балалар қауіпсіз отбасылық ортада өседі',
      ),
      children: [
        {
          code: '1',
          title: w(
            'Children leave residential institutions for family care',
            'Дети переходят из интернатных учреждений на семейное воспитание',
            'Балдар интернат мекемелеринен үй-бүлөлүк тарбияга өтүшөт',
            'Балалар интернат мекемелерінен отбасылық тәрбиеге өтеді',
          ),
          children: [
            {
              code: '1.1',
              title: w(
                'Three institutions are reorganised and their children placed in families',
                'Три учреждения реорганизованы, их дети устроены в семьи',
                'Үч мекеме кайра уюштурулуп, балдары үй-бүлөлөргө жайгаштырылды',
                'Үш мекеме қайта ұйымдастырылып, балалары отбасыларға орналастырылды',
              ),
              indicators: [
                {
                  code: '1.1.a',
                  title: w(
                    'Children who left institutions for families',
                    'Дети, покинувшие учреждения ради семьи',
                    'Мекемеден үй-бүлөгө кеткен балдар',
                    'Мекемеден отбасыға кеткен балалар',
                  ),
                  unit: 'children',
                  definition: () => ({ measure: 'count', source: 'children.left_institutions' }),
                  targets: [{ value: 220 }],
                  disaggregations: ['sex', 'age_group', 'disability'],
                },
                {
                  code: '1.1.b',
                  title: w(
                    'Placements that broke down',
                    'Прерванные устройства в семьи',
                    'Үзгүлтүккө учураган жайгаштыруулар',
                    'Үзілген орналастырулар',
                  ),
                  unit: 'placements',
                  definition: () => ({ measure: 'count', source: 'care_placements.breakdowns' }),
                },
                {
                  code: '1.1.c',
                  title: w(
                    'Institutions reorganised',
                    'Реорганизовано учреждений',
                    'Кайра уюштурулган мекемелер',
                    'Қайта ұйымдастырылған мекемелер',
                  ),
                  unit: 'institutions',
                  definition: null,
                  targets: [{ value: 3 }],
                  entered: [
                    [
                      '2018-07-01',
                      '2021-06-26',
                      3,
                      'supervisor@birge.test',
                      'Decisions of the Chüy regional administration',
                    ],
                  ],
                },
                {
                  // 251 children lived in the three institutions at the start; the plan moves 220 to families.
                  code: '1.1.d',
                  title: w(
                    'Children living in the three institutions',
                    'Дети, живущие в трёх учреждениях',
                    'Үч мекемеде жашаган балдар',
                    'Үш мекемеде тұратын балалар',
                  ),
                  unit: 'children',
                  definition: inProgramme(
                    'institutions.children',
                    { attributes: { latest: ['yes'] } },
                    'sum',
                  ),
                  baseline: { value: 251, date: '2018-07-01' },
                  targets: [{ value: 31 }],
                  disaggregations: ['sex', 'age_group', 'disability'],
                },
              ],
            },
            {
              code: '1.2',
              title: w(
                'Gatekeeping keeps children out of institutions',
                'Комиссии по предотвращению помещения детей в учреждения работают',
                'Балдарды мекемеге жайгаштыруунун алдын алуу иштейт',
                'Балаларды мекемеге орналастырудың алдын алу жұмыс істейді',
              ),
              indicators: [
                {
                  code: '1.2.a',
                  title: w(
                    'Gatekeeping decisions taken',
                    'Принято решений комиссиями',
                    'Кабыл алынган чечимдер',
                    'Қабылданған шешімдер',
                  ),
                  unit: 'decisions',
                  definition: () => ({ measure: 'count', source: 'gatekeeping.decisions' }),
                  disaggregations: ['sex'],
                },
              ],
            },
          ],
        },
      ],
    },
  },
  inclusiveSociety: {
    participants: [
      ['civilInitiatives', 'funding'],
      ['qorgan', 'accountable'],
      ['qorgan', 'implementing'],
    ],
    regions: ['KZ-61', 'KZ-35', 'KZ-79'],
    sectors: [
      ['16010', 60],
      ['16020', 40],
    ],
    disabilitySignificance: 2,
    goal: {
      code: 'G',
      title: w(
        'People with disabilities take a full part in society and work',
        'Люди с инвалидностью полноценно участвуют в жизни общества и в труде',
        'Мүмкүнчүлүгү чектелген адамдар коомдук турмушка жана эмгекке толук катышат',
        'Мүгедектігі бар адамдар қоғам өмірі мен еңбекке толық қатысады',
      ),
      children: [
        {
          code: '1',
          title: w(
            'Job seekers with disabilities meet employers',
            'Соискатели с инвалидностью встречаются с работодателями',
            'Мүмкүнчүлүгү чектелген жумуш издөөчүлөр иш берүүчүлөр менен жолугушат',
            'Мүгедектігі бар жұмыс іздеушілер жұмыс берушілермен кездеседі',
          ),
          children: [
            {
              code: '1.1',
              title: w(
                'Job fairs are held',
                'Проведены ярмарки вакансий',
                'Жумуш жармаңкелери өткөрүлдү',
                'Бос жұмыс орындары жәрмеңкелері өткізілді',
              ),
              indicators: [
                {
                  code: '1.1.a',
                  title: w(
                    'Job fairs held',
                    'Проведено ярмарок вакансий',
                    'Өткөрүлгөн жармаңкелер',
                    'Өткізілген жәрмеңкелер',
                  ),
                  unit: 'fairs',
                  definition: inProgramme('activities.held', { activityTypes: ['job_fair'] }),
                  targets: [{ value: 6 }],
                  disaggregations: ['region'],
                },
                {
                  code: '1.1.b',
                  title: w(
                    'Job seekers at the fairs',
                    'Соискатели на ярмарках',
                    'Жармаңкелердеги жумуш издөөчүлөр',
                    'Жәрмеңкелердегі жұмыс іздеушілер',
                  ),
                  unit: 'persons',
                  definition: inProgramme('job_fairs.participants', { attributes: { role: ['job_seeker'] } }),
                  targets: [{ value: 125 }],
                  disaggregations: ['sex', 'disability'],
                },
                {
                  code: '1.1.c',
                  title: w(
                    'Employers at the fairs',
                    'Работодатели на ярмарках',
                    'Жармаңкелердеги иш берүүчүлөр',
                    'Жәрмеңкелердегі жұмыс берушілер',
                  ),
                  unit: 'employers',
                  definition: inProgramme('job_fairs.participants', { attributes: { role: ['employer'] } }),
                  targets: [{ value: 65 }],
                },
              ],
            },
          ],
        },
        {
          code: '2',
          title: w(
            'People with disabilities and their families get advice and support',
            'Люди с инвалидностью и их семьи получают консультации и поддержку',
            'Мүмкүнчүлүгү чектелген адамдар жана үй-бүлөлөрү кеңеш жана колдоо алышат',
            'Мүгедектігі бар адамдар мен отбасылары кеңес пен қолдау алады',
          ),
          children: [
            {
              code: '2.1',
              title: w(
                'Online seminars are held',
                'Проведены онлайн-семинары',
                'Онлайн семинарлар өткөрүлдү',
                'Онлайн семинарлар өткізілді',
              ),
              indicators: [
                {
                  code: '2.1.a',
                  title: w(
                    'Online seminars held',
                    'Проведено онлайн-семинаров',
                    'Өткөрүлгөн онлайн семинарлар',
                    'Өткізілген онлайн семинарлар',
                  ),
                  unit: 'seminars',
                  definition: inProgramme('activities.held', { activityTypes: ['online_seminar'] }),
                  targets: [{ value: 6 }],
                },
                {
                  code: '2.1.b',
                  title: w(
                    'Participants of the online seminars',
                    'Участники онлайн-семинаров',
                    'Онлайн семинарлардын катышуучулары',
                    'Онлайн семинарлардың қатысушылары',
                  ),
                  unit: 'persons',
                  definition: inProgramme('attendance.participants', {
                    activityTypes: ['online_seminar'],
                    attributes: { role: ['participant'] },
                  }),
                  targets: [{ value: 290 }],
                  disaggregations: ['sex', 'disability'],
                },
              ],
            },
            {
              code: '2.2',
              title: w(
                'Questions are answered',
                'Даны ответы на вопросы',
                'Суроолорго жооп берилди',
                'Сұрақтарға жауап берілді',
              ),
              indicators: [
                {
                  code: '2.2.a',
                  title: w(
                    'Consultations given',
                    'Проведено консультаций',
                    'Берилген кеңештер',
                    'Берілген кеңестер',
                  ),
                  unit: 'consultations',
                  definition: (c) => ({
                    measure: 'count',
                    source: 'consultations.asked',
                    filters: { organisationIds: [c.orgId('qorgan')] },
                  }),
                  targets: [{ value: 274 }],
                },
              ],
            },
            {
              code: '2.3',
              title: w(
                'Small grants are awarded',
                'Выданы малые гранты',
                'Чакан гранттар берилди',
                'Шағын гранттар берілді',
              ),
              indicators: [
                {
                  code: '2.3.a',
                  title: w(
                    'Small grants awarded',
                    'Выдано малых грантов',
                    'Берилген чакан гранттар',
                    'Берілген шағын гранттар',
                  ),
                  unit: 'grants',
                  definition: null,
                  targets: [{ value: 40 }],
                  entered: [
                    ['2024-03-01', '2025-01-01', 25, 'grants@birge.test', 'First round: 25 grants'],
                    ['2025-01-01', '2025-11-01', 15, 'grants@birge.test', 'Second round: 15 grants'],
                  ],
                },
              ],
            },
          ],
        },
        {
          code: '3',
          title: w(
            'Volunteers and experts support inclusion',
            'Волонтёры и эксперты поддерживают инклюзию',
            'Ыктыярчылар жана эксперттер инклюзияны колдошот',
            'Еріктілер мен сарапшылар инклюзияны қолдайды',
          ),
          children: [
            {
              code: '3.1',
              title: w(
                'Volunteers and experts give their time',
                'Волонтёры и эксперты отдают своё время',
                'Ыктыярчылар жана эксперттер убактысын беришет',
                'Еріктілер мен сарапшылар уақытын береді',
              ),
              indicators: [
                {
                  code: '3.1.a',
                  title: w(
                    'Volunteers who gave their time',
                    'Волонтёры, отдавшие время',
                    'Убактысын берген ыктыярчылар',
                    'Уақытын берген еріктілер',
                  ),
                  unit: 'persons',
                  definition: inProgramme('volunteers.hours', {}, 'distinct_persons'),
                  targets: [{ value: 2000 }],
                  disaggregations: ['sex', 'region'],
                },
                {
                  code: '3.1.b',
                  title: w(
                    'Experts who gave their time',
                    'Эксперты, отдавшие время',
                    'Убактысын берген эксперттер',
                    'Уақытын берген сарапшылар',
                  ),
                  unit: 'persons',
                  definition: inProgramme('volunteers.hours', { tags: ['expert'] }, 'distinct_persons'),
                  targets: [{ value: 200 }],
                },
                {
                  code: '3.1.c',
                  title: w('Hours given', 'Отдано часов', 'Берилген сааттар', 'Берілген сағаттар'),
                  unit: 'hours',
                  definition: inProgramme('volunteers.hours', {}, 'sum'),
                },
              ],
            },
          ],
        },
      ],
    },
  },
  villagersEmployment: {
    participants: [
      ['agentsOfChange', 'accountable'],
      ['agentsOfChange', 'implementing'],
      ['lagNooken', 'implementing'],
    ],
    regions: ['KG-J', 'KG-C'],
    sectors: [['16020', 100]],
    disabilitySignificance: 1,
    goal: {
      code: 'G',
      title: w(
        'Villagers, people with disabilities among them, earn a stable income',
        'Сельские жители, в том числе люди с инвалидностью, имеют стабильный доход',
        'Айыл тургундары, анын ичинде мүмкүнчүлүгү чектелген адамдар, туруктуу киреше табышат',
        'Ауыл тұрғындары, соның ішінде мүгедектігі бар адамдар, тұрақты табыс табады',
      ),
      children: [
        {
          code: '1',
          title: w(
            'Villagers find and keep jobs',
            'Сельские жители находят и сохраняют работу',
            'Айыл тургундары жумуш табышат жана сакташат',
            'Ауыл тұрғындары жұмыс тауып, оны сақтайды',
          ),
          children: [
            {
              code: '1.1',
              title: w(
                'Villagers are placed in jobs',
                'Сельские жители трудоустроены',
                'Айыл тургундары жумушка орноштурулду',
                'Ауыл тұрғындары жұмысқа орналастырылды',
              ),
              indicators: [
                {
                  code: '1.1.a',
                  title: w(
                    'Villagers placed in jobs',
                    'Трудоустроено сельских жителей',
                    'Жумушка орношкон айыл тургундары',
                    'Жұмысқа орналасқан ауыл тұрғындары',
                  ),
                  unit: 'persons',
                  definition: inProgramme('placements.started', {}, 'distinct_persons'),
                  disaggregations: ['sex', 'disability', 'region'],
                },
                {
                  code: '1.1.b',
                  title: w(
                    'Placements still held at six months, of those reaching six months in the period',
                    'Трудоустройства, сохранённые через шесть месяцев, из достигших шести месяцев в периоде',
                    'Мезгилде алты айга толгон жумушка орношуулардын алты айдан кийин сакталгандары',
                    'Кезеңде алты айға толған жұмысқа орналасулардың алты айдан кейін сақталғандары',
                  ),
                  unit: '%',
                  definition: (c) => ({
                    measure: 'ratio',
                    percent: true,
                    numerator: {
                      measure: 'count',
                      source: 'placements.due',
                      filters: {
                        programmeId: c.programmeId,
                        attributes: { months: ['6'], retention: ['retained'] },
                      },
                    },
                    denominator: {
                      measure: 'count',
                      source: 'placements.due',
                      filters: { programmeId: c.programmeId, attributes: { months: ['6'] } },
                    },
                  }),
                },
                {
                  code: '1.1.c',
                  title: w(
                    'Six-month follow-ups not recorded',
                    'Проверки через шесть месяцев, которые не записаны',
                    'Жазылбаган алты айлык текшерүүлөр',
                    'Жазылмаған алты айлық тексерулер',
                  ),
                  unit: 'placements',
                  definition: inProgramme('placements.due', {
                    attributes: { months: ['6'], retention: ['missing'] },
                  }),
                },
              ],
            },
          ],
        },
      ],
    },
  },
};

/** Participants, regions, sectors, the disability marker and the logframe of each seed programme. */
export async function loadDemoLogframes(tx: Transaction, setting: DemoSetting) {
  const networkRows = await tx.select({ id: networks.id, lead: networks.leadOrganisationId }).from(networks);
  for (const [key, logframe] of Object.entries(logframes) as [DemoProgrammeKey, DemoLogframe][]) {
    const programmeId = setting.programmeId(key);
    const [programme] = await tx.select().from(programmes).where(eq(programmes.id, programmeId));
    if (!programme) throw new Error(`no demo programme ${key}`);
    const owner = programme.ownerOrganisationId;
    if (logframe.network) {
      const lead = setting.orgId(logframe.network);
      const network = networkRows.find((n) => n.lead === lead);
      if (network)
        await tx.update(programmes).set({ networkId: network.id }).where(eq(programmes.id, programmeId));
    }
    await tx.insert(programmeParticipants).values(
      logframe.participants.map(([org, role]) => ({
        programmeId,
        organisationId: setting.orgId(org),
        role,
      })),
    );
    const regionIds = logframe.regions
      .map((code) => setting.regionId(code))
      .filter((id): id is string => !!id);
    if (regionIds.length)
      await tx.insert(programmeRegions).values(regionIds.map((regionId) => ({ programmeId, regionId })));
    await tx
      .insert(programmeSectors)
      .values(logframe.sectors.map(([code, percentage]) => ({ programmeId, code, percentage })));
    await tx
      .insert(programmePolicyMarkers)
      .values({ programmeId, code: disabilityPolicyMarker, significance: logframe.disabilitySignificance });
    const context: Context = { programmeId, orgId: setting.orgId };
    const levels: ResultLevel[] = ['goal', 'outcome', 'output'];
    const addResult = async (
      result: DemoResult,
      depth: number,
      parentId: string | null,
      position: number,
    ) => {
      const [row] = await tx
        .insert(results)
        .values({
          programmeId,
          parentId,
          level: levels[depth] ?? 'output',
          code: result.code,
          title: result.title,
          position,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await audited(tx, 'result', row, owner);
      for (const [index, demo] of (result.indicators ?? []).entries()) {
        const [indicator] = await tx
          .insert(indicators)
          .values({
            programmeId,
            resultId: row.id,
            code: demo.code,
            title: demo.title,
            description: { ky: '', kk: '', ru: '', en: '' },
            unit: demo.unit,
            baselineValue: demo.baseline?.value ?? 0,
            baselineDate: demo.baseline?.date ?? programme.startDate,
            disaggregations: demo.disaggregations ?? [],
            definition: demo.definition ? demo.definition(context) : null,
            position: index,
          })
          .returning();
        if (!indicator) throw new Error('insert returned no row');
        await audited(tx, 'indicator', indicator, owner);
        const targets = (demo.targets ?? []).map((t) => ({
          periodStart: t.from ?? programme.startDate,
          periodEnd: t.until ?? dayAfter(programme.endDate),
          value: t.value,
        }));
        if (targets.length)
          await tx.insert(indicatorTargets).values(targets.map((t) => ({ ...t, indicatorId: indicator.id })));
        for (const [periodStart, periodEnd, value, email, note] of demo.entered ?? []) {
          const [entered] = await tx
            .insert(manualValues)
            .values({
              indicatorId: indicator.id,
              periodStart,
              periodEnd,
              value,
              note,
              enteredBy: setting.userId(email),
            })
            .returning();
          if (entered) await audited(tx, 'manual_value', entered, owner);
        }
      }
      for (const [index, child] of (result.children ?? []).entries())
        await addResult(child, depth + 1, row.id, index);
    };
    await addResult(logframe.goal, 0, null, 0);
  }
}
