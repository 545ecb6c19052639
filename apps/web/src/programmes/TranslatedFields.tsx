import { TextAreaInput, TextInput } from '../forms/fields';
import { type Language, languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import type { Words } from './api';

/** One field per language, named `<name>.<language>` as the API names them, so its errors land in place. */
export function TranslatedFields({
  name,
  label,
  defaultValue,
  multiline = false,
  isRequired = false,
}: {
  name: string;
  label: string;
  defaultValue?: Words | undefined;
  multiline?: boolean;
  isRequired?: boolean;
}) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend>{label}</legend>
      {languages.map((language) => {
        const props = {
          key: language,
          name: `${name}.${language}`,
          label: t('programmes.field.inLanguage', { field: label, language: languageNames[language] }),
          defaultValue: defaultValue?.[language] ?? '',
        };
        return multiline ? <TextAreaInput {...props} /> : <TextInput {...props} isRequired={isRequired} />;
      })}
    </fieldset>
  );
}

export function wordsFrom(data: FormData, name: string): Words {
  const read = (language: Language) => {
    const value = data.get(`${name}.${language}`);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { ky: read('ky'), kk: read('kk'), ru: read('ru'), en: read('en') };
}

/** Labels of the four fields for the error summary. */
export function translatedLabels(name: string, label: string, t: ReturnType<typeof useT>) {
  return Object.fromEntries(
    languages.map((language) => [
      `${name}.${language}`,
      t('programmes.field.inLanguage', { field: label, language: languageNames[language] }),
    ]),
  );
}
