import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import type { Option } from '../forms/fields';
import { useLanguage } from '../i18n/LanguageProvider';
import type { Language } from '../i18n/languages';

export interface Region {
  id: string;
  code: string | null;
  country: 'KG' | 'KZ';
  level: 'region' | 'district' | 'locality';
  parentId: string | null;
  names: Record<Language, string>;
}

async function listTopRegions(): Promise<Region[]> {
  const [kg, kz] = await Promise.all(
    (['KG', 'KZ'] as const).map((country) =>
      request<{ items: Region[] }>('GET', `/api/regions?country=${country}`),
    ),
  );
  return [...(kg?.items ?? []), ...(kz?.items ?? [])].filter((region) => region.level === 'region');
}

/** Regions of both countries as choices, named in the reader's language and sorted in it. */
export function useRegionOptions(): { options: Option[]; nameOf(id: string | null): string | null } {
  const { language } = useLanguage();
  const { data = [] } = useQuery({ queryKey: ['regions'], queryFn: listTopRegions, staleTime: Infinity });
  const options = data
    .map((region) => ({ id: region.id, label: region.names[language] }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return {
    options,
    nameOf: (id) => (id ? (data.find((region) => region.id === id)?.names[language] ?? null) : null),
  };
}
