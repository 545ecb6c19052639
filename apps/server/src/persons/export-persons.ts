import { PassThrough, Readable } from 'node:stream';
import { type Database, persons, regions } from '@birge/db';
import type { Language } from '@birge/domain';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { translate } from '../i18n/translate';

const columns = [
  ['id', 'export.person.id'],
  ['familyName', 'export.person.familyName'],
  ['givenName', 'export.person.givenName'],
  ['patronymic', 'export.person.patronymic'],
  ['latinName', 'export.person.latinName'],
  ['sex', 'export.person.sex'],
  ['birthDate', 'export.person.birthDate'],
  ['birthYear', 'export.person.birthYear'],
  ['region', 'export.person.region'],
  ['locality', 'export.person.locality'],
  ['phones', 'export.person.phones'],
  ['disabilityStatus', 'export.person.disabilityStatus'],
  ['functionalDifficulty', 'export.person.functionalDifficulty'],
  ['tags', 'export.person.tags'],
] as const;

type ExportRow = Record<(typeof columns)[number][0], string>;

/** Reads persons a thousand at a time by id, so memory stays flat however many there are. */
async function* batches(db: Database, where: SQL, language: Language): AsyncGenerator<ExportRow[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ person: persons, region: regions.names })
      .from(persons)
      .leftJoin(regions, eq(regions.id, persons.regionId))
      .where(and(where, sql`${persons.id} > ${after}`))
      .orderBy(persons.id)
      .limit(1000);
    if (rows.length === 0) return;
    after = rows.at(-1)?.person.id ?? after;
    yield rows.map(({ person, region }) => ({
      id: person.id,
      familyName: person.familyName,
      givenName: person.givenName,
      patronymic: person.patronymic,
      latinName: person.latinName,
      sex: person.sex,
      birthDate: person.birthDate ?? '',
      birthYear: person.birthYear ? String(person.birthYear) : '',
      region: region?.[language] ?? '',
      locality: person.locality,
      phones: person.phones.join(', '),
      disabilityStatus: person.disabilityStatus,
      functionalDifficulty: person.functionalDifficulty ?? '',
      tags: person.tags.join(', '),
    }));
  }
}

const csvCell = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function personsCsv(db: Database, where: SQL, language: Language): Readable {
  async function* lines() {
    // The byte-order mark tells Excel the file is UTF-8, so Cyrillic opens readable.
    yield `\uFEFF${columns.map(([, key]) => csvCell(translate(language, key))).join(',')}\r\n`;
    for await (const batch of batches(db, where, language)) {
      yield batch.map((row) => columns.map(([field]) => csvCell(row[field])).join(',')).join('\r\n') + '\r\n';
    }
  }
  return Readable.from(lines());
}

export function personsXlsx(db: Database, where: SQL, language: Language): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false });
  const sheet = workbook.addWorksheet(translate(language, 'export.person.sheet'));
  sheet.columns = columns.map(([field, key]) => ({
    header: translate(language, key),
    key: field,
    width: 20,
  }));
  void (async () => {
    try {
      for await (const batch of batches(db, where, language))
        for (const row of batch) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}

export function ownedBy(organisationIds: string[]): SQL {
  return inArray(
    persons.ownerOrganisationId,
    organisationIds.length ? organisationIds : ['00000000-0000-0000-0000-000000000000'],
  );
}
