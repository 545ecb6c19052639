import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSessionUser, useSession } from '../auth/session';
import { useLanguage } from '../i18n/LanguageProvider';
import { type Language, languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { updateMe } from '../profile/api';

/**
 * Each language is offered in its own words and marked with its own `lang`, so it is read aloud right.
 * Plain buttons here: the shell is on every first load and a native button is already fully accessible.
 */
export function LanguageSwitcher() {
  const t = useT();
  const { language, changeLanguage } = useLanguage();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: Language) => updateMe({ language: next }),
    onSuccess: (user) => updateSessionUser(queryClient, user),
  });

  async function choose(next: Language) {
    await changeLanguage(next);
    if (session) save.mutate(next);
  }

  return (
    <ul className="language-switcher" aria-label={t('shell.language')}>
      {languages.map((code) => (
        <li key={code}>
          <button
            type="button"
            className="language-switcher__option"
            aria-current={code === language ? 'true' : undefined}
            onClick={() => void choose(code)}
          >
            <span lang={code}>{languageNames[code]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
