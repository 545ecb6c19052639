import { describe, expect, it } from 'vitest';
import { similarNameThreshold } from './match';
import { nameKey } from './name-key';
import { similarity } from './trigram';

describe('spellings of one name share a key', () => {
  it.each([
    [
      'ү / у / ü / u / ue, й / y / j',
      ['Айгүл', 'Айгуль', 'Aigul', 'Aigül', 'Aygul', 'Ajgul', 'Aiguel'],
      'aigul',
    ],
    ['ж / j / zh / dzh / дж', ['Жылдыз', 'Jyldyz', 'Zhyldyz', 'Dzhyldyz', 'Джылдыз'], 'jildiz'],
    ['ж at the start of Жаныбек', ['Жаныбек', 'Janybek', 'Zhanybek'], 'janibek'],
    [
      'ө / о / ö / o / oe, ң / н / ng / n',
      ['Мөңкө', 'Мөнкө', 'Monko', 'Möngkö', 'Moengkoe', 'Mongko'],
      'monko',
    ],
    ['Kazakh ә', ['Әсел', 'Асель', 'Asel', 'Äsel'], 'asel'],
    ['Kazakh ғ / gh / ğ', ['Ғалым', 'Галым', 'Galym', 'Ghalym', 'Ğalym'], 'galim'],
    ['Kazakh қ / q', ['Қайрат', 'Кайрат', 'Kairat', 'Qairat', 'Kayrat'], 'kairat'],
    ['Kazakh ұ', ['Нұрлан', 'Нурлан', 'Nurlan'], 'nurlan'],
    ['Kazakh і, ң, ә', ['Іңкәр', 'Инкар', 'Inkar', 'Iñkär'], 'inkar'],
    ['Kazakh һ and х / kh / h', ['Һәкім', 'Хаким', 'Hakim', 'Khakim'], 'hakim'],
    ['х / kh / h', ['Ахмед', 'Akhmed', 'Ahmed'], 'ahmed'],
    ['soft sign dropped', ['Ольга', 'Olga', "Ol'ga"], 'olga'],
    ['ё / е / yo', ['Алёна', 'Алена', 'Alena', 'Alyona'], 'alena'],
    ['й / y / i / j', ['Айбек', 'Aybek', 'Ajbek', 'Aibek'], 'aibek'],
    ['й at the end', ['Сергей', 'Sergey', 'Sergei', 'Sergej'], 'sergei'],
    ['ц / ts', ['Цой', 'Tsoi', 'Tsoy'], 'tsoi'],
    ['ч / ch, ы / y / i', ['Чынара', 'Chynara', 'Chinara'], 'chinara'],
    ['ш / sh', ['Шайлообек', 'Shailoobek', 'Shaylobek'], 'shailobek'],
    ['щ / shch / sch', ['Щукин', 'Shchukin', 'Schukin'], 'shukin'],
    ['ю / yu / iu', ['Юлия', 'Yulia', 'Yuliya', 'Iuliia'], 'iulia'],
    ['я / ya / ia', ['Мария', 'Maria', 'Mariya', 'Mariia'], 'maria'],
    ['я / ya after a consonant', ['Жамиля', 'Zhamilya', 'Jamilia'], 'jamilia'],
    ['э / е / ye', ['Эрлан', 'Ерлан', 'Erlan', 'Yerlan'], 'erlan'],
    ['ий / iy / y / ii', ['Евгений', 'Evgeniy', 'Yevgeny', 'Evgenii'], 'evgeni'],
    ['double letters', ['Алла', 'Ала', 'Alla'], 'ala'],
    ['apostrophes join', ["O'zbek", 'O‘zbek', 'Ozbek', 'Озбек'], 'ozbek'],
  ])('%s', (_, spellings, key) => {
    for (const spelling of spellings) expect(nameKey(spelling), spelling).toBe(key);
  });
});

describe('the key keeps words apart and in order', () => {
  it.each([
    ['Абдыкадыр-уулу', 'abdikadir ulu'],
    ['  Abdykadyr   Uulu ', 'abdikadir ulu'],
    ['Асанова Айгүл Бакытовна', 'asanova aigul bakitovna'],
    ['Мамытбек кызы Жылдыз', 'mamitbek kizi jildiz'],
    ['Иванов, Пётр', 'ivanov petr'],
    ['', ''],
    ['- -', ''],
  ])('%j → %j', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});

describe('near but different names keep different keys, below the similarity threshold', () => {
  it.each([
    ['Айгүл', 'Айгерим'],
    ['Нурлан', 'Нуржан'],
    ['Асель', 'Асем'],
    ['Бакыт', 'Бактыгүл'],
    ['Жанар', 'Жаннат'],
  ])('%s / %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(similarity(nameKey(a), nameKey(b))).toBeLessThan(similarNameThreshold);
  });
});
