import { text } from '../forms/FormShell';

/** The skills ticked and written, each once. */
export function skillsFrom(data: FormData): string[] {
  const own = text(data, 'otherSkills')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set([...data.getAll('skills').map(String), ...own])];
}

/** A whole number typed into a field: null when left empty, undefined when what is there is not one. */
export function wholeNumber(data: FormData, name: string): number | null | undefined {
  const value = text(data, name).replace(/\s/g, '');
  if (value === '') return null;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The fields whose text is not a whole number, each with the message to show. */
export function notWholeNumbers(
  values: Record<string, number | null | undefined>,
  message: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value === undefined)
      .map(([name]) => [name, message]),
  );
}
