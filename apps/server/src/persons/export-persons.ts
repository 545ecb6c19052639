import { PassThrough, Readable } from 'node:stream';
import { type Database, persons, regions } from '@birge/db';
import type { Language } from '@birge/domain';
import { inArray, type SQL, sql } from 'drizzle-orm';
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

type PersonExportRow = {
  id: string;
  family_name: string;
  given_name: string;
  patronymic: string;
  latin_name: string;
  sex: string;
  birth_date: string | null;
  birth_year: number | null;
  region: string | null;
  locality: string;
  phones: string;
  disability_status: string;
  functional_difficulty: string | null;
  tags: string;
};

/**
 * Reads persons a thousand at a time by id, so memory stays flat however many there are. Plain rows with
 * the text already joined: the export is the one place a million records pass through, so no per-row
 * object mapping.
 */
async function* batches(db: Database, where: SQL, language: Language): AsyncGenerator<ExportRow[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const result = await db.execute(sql`
      select ${persons.id} as id, ${persons.familyName} as family_name, ${persons.givenName} as given_name,
        ${persons.patronymic} as patronymic, ${persons.latinName} as latin_name, ${persons.sex} as sex,
        ${persons.birthDate}::text as birth_date, ${persons.birthYear} as birth_year,
        ${regions.names} ->> ${language} as region, ${persons.locality} as locality,
        array_to_string(${persons.phones}, ', ') as phones, ${persons.disabilityStatus} as disability_status,
        ${persons.functionalDifficulty} as functional_difficulty, array_to_string(${persons.tags}, ', ') as tags
      from ${persons} left join ${regions} on ${regions.id} = ${persons.regionId}
      where ${where} and ${persons.id} > ${after}
      order by ${persons.id}
      limit 1000`);
    const rows = (result as unknown as { rows: PersonExportRow[] }).rows;
    if (rows.length === 0) return;
    after = rows.at(-1)?.id ?? after;
    yield rows.map((row) => ({
      id: row.id,
      familyName: row.family_name,
      givenName: row.given_name,
      patronymic: row.patronymic,
      latinName: row.latin_name,
      sex: row.sex,
      birthDate: row.birth_date ?? '',
      birthYear: row.birth_year ? String(row.birth_year) : '',
      region: row.region ?? '',
      locality: row.locality,
      phones: row.phones,
      disabilityStatus: row.disability_status,
      functionalDifficulty: row.functional_difficulty ?? '',
      tags: row.tags,
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
