/** Invented people get common Kyrgyz, Kazakh and Russian names, in Cyrillic as they are registered. */
export type NamePool = {
  familyMale: string[];
  familyFemale: string[];
  givenMale: string[];
  givenFemale: string[];
  /** Fathers' names a patronymic is made from. */
  fathers: string[];
  patronymic: (father: string, sex: 'female' | 'male') => string;
  latin: (cyrillic: string) => string;
};

const kyrgyzLatin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'ü',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'ä',
  ғ: 'gh',
  қ: 'q',
  ұ: 'u',
  һ: 'h',
  і: 'i',
};

/** A passport-style Latin spelling, as people often give it; one of several spellings Birge must match. */
export function transliterate(cyrillic: string): string {
  return cyrillic
    .split('')
    .map((ch) => {
      const lower = ch.toLowerCase();
      const latin = kyrgyzLatin[lower];
      if (latin === undefined) return ch;
      return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

export const kyrgyzNames: NamePool = {
  familyMale: [
    'Асанов',
    'Жумабеков',
    'Токтогулов',
    'Садыков',
    'Осмонов',
    'Исаков',
    'Мамытов',
    'Бейшеналиев',
    'Абдыкадыров',
    'Турдубаев',
    'Сыдыков',
    'Кадыров',
  ],
  familyFemale: [
    'Асанова',
    'Жумабекова',
    'Токтогулова',
    'Садыкова',
    'Осмонова',
    'Исакова',
    'Мамытова',
    'Бейшеналиева',
    'Абдыкадырова',
    'Турдубаева',
    'Сыдыкова',
    'Кадырова',
  ],
  givenMale: [
    'Айбек',
    'Бакыт',
    'Нурлан',
    'Эрмек',
    'Азамат',
    'Жаныбек',
    'Улан',
    'Талант',
    'Бекжан',
    'Эмир',
    'Нурсултан',
    'Адилет',
    'Мирлан',
    'Данияр',
  ],
  givenFemale: [
    'Айгүл',
    'Жылдыз',
    'Нургүл',
    'Гүлнара',
    'Айпери',
    'Мээрим',
    'Бермет',
    'Айжан',
    'Чолпон',
    'Асель',
    'Айзат',
    'Бактыгүл',
    'Элнура',
    'Толгонай',
  ],
  fathers: ['Асан', 'Бакыт', 'Жумабек', 'Токтогул', 'Садык', 'Осмон', 'Мамыт', 'Турдубай', 'Кадыр'],
  patronymic: (father, sex) => `${father} ${sex === 'male' ? 'уулу' : 'кызы'}`,
  latin: transliterate,
};

export const kazakhNames: NamePool = {
  familyMale: [
    'Нұрланов',
    'Сейітов',
    'Ахметов',
    'Әбішев',
    'Қасымов',
    'Жақсылықов',
    'Оспанов',
    'Серікбаев',
    'Бекұлы',
    'Тоқаев',
  ],
  familyFemale: [
    'Нұрланова',
    'Сейітова',
    'Ахметова',
    'Әбішева',
    'Қасымова',
    'Жақсылықова',
    'Оспанова',
    'Серікбаева',
    'Бекқызы',
    'Тоқаева',
  ],
  givenMale: [
    'Ержан',
    'Қайрат',
    'Ғалым',
    'Нұрлан',
    'Асқар',
    'Дәурен',
    'Ерлан',
    'Бауыржан',
    'Арман',
    'Дамир',
    'Әлихан',
    'Мұрат',
  ],
  givenFemale: [
    'Әсем',
    'Әсел',
    'Мадина',
    'Айгерім',
    'Гүлмира',
    'Іңкәр',
    'Жанар',
    'Дина',
    'Салтанат',
    'Ақмарал',
    'Аружан',
    'Динара',
  ],
  fathers: ['Нұрлан', 'Серік', 'Ахмет', 'Қасым', 'Оспан', 'Бек', 'Мұрат', 'Ерлан'],
  patronymic: (father, sex) => (sex === 'male' ? `${father}ұлы` : `${father}қызы`),
  latin: transliterate,
};

export const russianNames: NamePool = {
  familyMale: [
    'Иванов',
    'Петров',
    'Смирнов',
    'Кузнецов',
    'Попов',
    'Соколов',
    'Лебедев',
    'Ким',
    'Никитин',
    'Морозов',
  ],
  familyFemale: [
    'Иванова',
    'Петрова',
    'Смирнова',
    'Кузнецова',
    'Попова',
    'Соколова',
    'Лебедева',
    'Ким',
    'Никитина',
    'Морозова',
  ],
  givenMale: [
    'Александр',
    'Дмитрий',
    'Сергей',
    'Андрей',
    'Максим',
    'Артём',
    'Илья',
    'Михаил',
    'Никита',
    'Павел',
  ],
  givenFemale: [
    'Ольга',
    'Елена',
    'Наталья',
    'Анна',
    'Алёна',
    'Ирина',
    'Татьяна',
    'Юлия',
    'Мария',
    'Светлана',
  ],
  fathers: ['Александр', 'Сергей', 'Андрей', 'Владимир', 'Николай', 'Виктор'],
  patronymic: (father, sex) => {
    const stem = father.endsWith('й') ? `${father.slice(0, -1)}е` : `${father}о`;
    return `${stem}${sex === 'male' ? 'вич' : 'вна'}`;
  },
  latin: transliterate,
};
