import { describe, expect, it } from 'vitest';
import { createIndicatorSchema, createProgrammeSchema, updateProgrammeSchema } from './programme';

const title = { ky: 'Программа', kk: 'Бағдарлама', ru: 'Программа', en: 'Programme' };

describe('programme and indicator input', () => {
  it('fills the defaults of a new programme from the domain', () => {
    const parsed = createProgrammeSchema.parse({
      title,
      description: { ky: '', kk: '', ru: '', en: '' },
      ownerOrganisationId: '00000000-0000-4000-8000-000000000001',
      status: 'implementation',
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      currency: 'KGS',
    });
    expect(parsed.suppressBelow).toBe(5);
    expect(parsed.ageBands).toHaveLength(5);
    expect(parsed.participants).toEqual([]);
  });

  it('refuses a DAC code that is not five digits and a currency that is not ISO 4217', () => {
    const result = updateProgrammeSchema.safeParse({
      sectors: [{ code: '160', percentage: 100 }],
      currency: 'som',
      version: 1,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['currency', 'sectors.0.code']);
  });

  it('leaves a change without defaults, so nothing absent is reset', () => {
    expect(updateProgrammeSchema.parse({ version: 2 })).toEqual({ version: 2 });
  });

  it('takes an indicator entered by hand, or one defined over a source', () => {
    const base = { code: '1.1.a', title, unit: 'persons' };
    expect(createIndicatorSchema.parse(base).definition).toBeNull();
    const defined = createIndicatorSchema.parse({
      ...base,
      definition: { measure: 'distinct_persons', source: 'trainings.completed' },
      disaggregations: ['sex', 'disability'],
    });
    expect(defined.definition?.measure).toBe('distinct_persons');
    expect(createIndicatorSchema.safeParse({ ...base, disaggregations: ['sex', 'sex'] }).success).toBe(false);
  });
});
