import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import type { Role } from '../access/roles';
import { articlePolicy } from '../knowledge/policy';
import { knowledgeSearchTerms, knowledgeTsQuery } from '../knowledge/search-terms';
import { consultationDeskScope, consultationPolicy } from './policy';
import { isOverdue } from './topics';

const A = 'org-a';
const B = 'org-b';
const actor = (roles: Role[], organisationId = A, userId = 'u'): Actor => ({
  userId,
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});
const free = { organisationId: A, expertId: null, closed: false };
const mine = { organisationId: A, expertId: 'u', closed: false };
const theirs = { organisationId: A, expertId: 'other', closed: false };
const closed = { organisationId: A, expertId: 'u', closed: true };

describe('consultation policy', () => {
  it.each([
    ['read', 'an expert of the holder', actor(['expert']), free, true],
    ['read', 'a coordinator of the holder', actor(['coordinator']), free, true],
    ['read', 'a case worker of the holder', actor(['case_worker']), free, false],
    ['read', 'an expert of another organisation', actor(['expert'], B), free, false],
    [
      'read',
      'the platform administrator',
      { userId: 'p', platformAdmin: true, memberships: [] },
      free,
      false,
    ],
    ['claim', 'an expert, a free question', actor(['expert']), free, true],
    ['claim', 'an expert, a taken question', actor(['expert']), theirs, false],
    ['answer', 'the expert who took it', actor(['expert']), mine, true],
    ['answer', 'another expert', actor(['expert']), theirs, false],
    ['answer', 'an administrator', actor(['administrator']), free, false],
    ['answer', 'the expert, once closed', actor(['expert']), closed, false],
    ['handOver', 'an administrator', actor(['administrator']), theirs, true],
    ['close', 'a coordinator', actor(['coordinator']), theirs, true],
    ['escalate', 'the expert who took it', actor(['expert']), mine, true],
    ['escalate', 'a viewer', actor(['viewer']), free, false],
  ] as const)('%s by %s: %s', (action, _who, who, subject, allowed) => {
    expect(can(consultationPolicy, who, action, subject)).toBe(allowed);
  });

  it('limits the queue to the organisations whose desk the actor sees', () => {
    const both: Actor = {
      userId: 'u',
      platformAdmin: false,
      memberships: [
        { organisationId: A, roles: ['expert'] },
        { organisationId: B, roles: ['case_worker'] },
      ],
    };
    expect(consultationDeskScope(both)).toEqual([A]);
  });

  it('flags a question past its topic’s target as overdue', () => {
    const since = new Date('2026-06-01T08:00:00Z');
    const question = { topic: 'rights' as const, status: 'waiting' as const, waitingSince: since };
    expect(isOverdue(question, new Date('2026-06-03T07:59:00Z'))).toBe(false);
    expect(isOverdue(question, new Date('2026-06-03T08:01:00Z'))).toBe(true);
    expect(isOverdue({ ...question, status: 'answered' }, new Date('2026-07-01T00:00:00Z'))).toBe(false);
  });
});

describe('knowledge base', () => {
  it('lets anyone read published articles and only the writing organisation edit', () => {
    expect(can(articlePolicy, actor(['viewer'], B), 'read', { organisationId: A, status: 'published' })).toBe(
      true,
    );
    expect(can(articlePolicy, actor(['viewer'], B), 'read', { organisationId: A, status: 'draft' })).toBe(
      false,
    );
    expect(can(articlePolicy, actor(['expert']), 'edit', { organisationId: A, status: 'draft' })).toBe(true);
    expect(can(articlePolicy, actor(['case_worker']), 'edit', { organisationId: A, status: 'draft' })).toBe(
      false,
    );
  });

  it.each([
    ['ky', 'Жөлөкпулга кантип арыз берем?', ['жөлөк', 'арыз', 'берем']],
    ['kk', 'Зейнетақыны қалай аламын?', ['зейне', 'аламы']],
    ['ru', 'Как получить ПЕНСИЮ по инвалидности?', ['получ', 'пенси', 'инвал']],
  ])('turns a %s question into prefix terms', (_language, question, terms) => {
    expect(knowledgeSearchTerms(question)).toEqual(terms);
  });

  it('builds a tsquery of letters and digits only', () => {
    expect(knowledgeTsQuery("пенсия'); drop table x; --")).toBe('пенси:* | drop:* | table:*');
    expect(knowledgeTsQuery('!!!')).toBeNull();
  });
});
