import type { Database } from '@birge/db';
import {
  abilities,
  can,
  completeReferralSchema,
  createReferralSchema,
  decideReferralSchema,
  personPolicy,
  referralPolicy,
  withdrawReferralSchema,
  worksWithPersonsIn,
} from '@birge/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { referralLetterDocument } from '../documents/referral-letter';
import { renderPdf } from '../documents/render-pdf';
import { forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { findOrganisation } from '../organisations/organisation-queries';
import { personFor } from '../persons/load-person';
import { findConsent } from '../persons/person-queries';
import { createReferral, moveReferral } from './referral-actions';
import { findReferral, listReferrals, referralPerson, referralSubject } from './referral-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['referrals'];

export function referralRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function referralFor(request: FastifyRequest, id: string, action: keyof typeof referralPolicy) {
    const found = await findReferral(db, id);
    if (!found) throw notFound();
    const subject = referralSubject(found);
    const { actor } = authOf(request);
    if (!can(referralPolicy, actor, 'read', subject)) throw notFound();
    if (!can(referralPolicy, actor, action, subject)) throw forbidden();
    return { ...found, subject };
  }

  api.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Referrals received by or sent from my organisations',
        querystring: z.object({
          direction: z.enum(['received', 'sent']),
          status: z.enum(['pending', 'accepted', 'declined', 'completed', 'withdrawn']).optional(),
        }),
      },
    },
    async (request) => listReferrals(db, authOf(request).actor, request.query),
  );

  api.post(
    '/api/referrals',
    { schema: { tags, summary: 'Refer a person to another organisation', body: createReferralSchema } },
    async (request, reply) => {
      const { person, subject } = await personFor(db, request, request.body.personId, 'refer');
      const mayOverride = can(personPolicy, authOf(request).actor, 'overrideConsent', subject);
      return reply
        .status(201)
        .send(await createReferral(db, auditContext(request), person, request.body, mayOverride));
    },
  );

  api.get(
    '/api/referrals/:id',
    { schema: { tags, summary: 'A referral', params: idParams } },
    async (request) => {
      const found = await referralFor(request, request.params.id, 'read');
      const { actor } = authOf(request);
      const sender = worksWithPersonsIn(actor, found.subject.fromOrganisationId, found.subject.child);
      return {
        referral: found.referral,
        person: referralPerson(found, sender),
        abilities: abilities(referralPolicy, actor, found.subject),
      };
    },
  );

  api.get(
    '/api/referrals/:id/letter.pdf',
    { schema: { tags, summary: 'The referral letter as PDF, in my language', params: idParams } },
    async (request, reply) => {
      const found = await referralFor(request, request.params.id, 'read');
      const { actor, user } = authOf(request);
      const sender = worksWithPersonsIn(actor, found.subject.fromOrganisationId, found.subject.child);
      if (!sender && !['accepted', 'completed'].includes(found.referral.status)) throw forbidden();
      const [from, to, consent] = await Promise.all([
        findOrganisation(db, found.referral.fromOrganisationId),
        findOrganisation(db, found.referral.toOrganisationId),
        found.referral.consentId ? findConsent(db, found.referral.consentId) : null,
      ]);
      const pdf = await renderPdf(
        referralLetterDocument(request.language, {
          referral: found.referral,
          person: found.person,
          consent,
          fromName: from?.name ?? '',
          toName: to?.name ?? '',
          printedBy: user.name,
        }),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="referral-${found.referral.id.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );

  api.post(
    '/api/referrals/:id/decision',
    {
      schema: { tags, summary: 'Accept or decline a referral', params: idParams, body: decideReferralSchema },
    },
    async (request) => {
      const found = await referralFor(request, request.params.id, 'decide');
      const { decision, ...input } = request.body;
      return moveReferral(
        db,
        auditContext(request),
        found.referral,
        decision === 'accept' ? 'accepted' : 'declined',
        input,
      );
    },
  );

  api.post(
    '/api/referrals/:id/completion',
    {
      schema: {
        tags,
        summary: 'Record the outcome of an accepted referral',
        params: idParams,
        body: completeReferralSchema,
      },
    },
    async (request) => {
      const found = await referralFor(request, request.params.id, 'decide');
      return moveReferral(db, auditContext(request), found.referral, 'completed', request.body);
    },
  );

  api.post(
    '/api/referrals/:id/withdrawal',
    { schema: { tags, summary: 'Withdraw a referral', params: idParams, body: withdrawReferralSchema } },
    async (request) => {
      const found = await referralFor(request, request.params.id, 'withdraw');
      return moveReferral(db, auditContext(request), found.referral, 'withdrawn', request.body);
    },
  );
}
