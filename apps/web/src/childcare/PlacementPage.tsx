import { useQuery } from '@tanstack/react-query';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  breakdownReasons,
  endPlacement,
  getPlacement,
  type Placement,
  recordExtraVisit,
  recordVisit,
  type Visit,
} from './api';
import { CountTable } from './CountTable';
import { Subform } from './Subform';
import { useCareAction } from './useCareAction';

/** A placement with its visit schedule; the next visit owed is recorded here, and a breakdown. */
export function PlacementPage() {
  const { id = '' } = useParams();
  const t = useT();
  const file = useQuery({ queryKey: ['childcare', 'placement', id], queryFn: () => getPlacement(id) });
  const data = file.data;
  const next = data?.visits.find((v) => v.status !== 'done');
  return (
    <QueryState query={file}>
      {data && (
        <>
          <PageHeading title={`${data.placement.familyName} ${data.placement.givenName}`} />
          <p>
            <Link to={`/cases/${data.placement.caseId}/care`}>{t('childcare.case.back')}</Link>
          </p>
          <Details placement={data.placement} />
          <section className="section" aria-labelledby="visits">
            <h2 id="visits">{t('childcare.visits.title')}</h2>
            <VisitTable visits={data.visits} />
            {!data.placement.endedOn && <VisitForm placementId={data.placement.id} next={next} />}
          </section>
          {!data.placement.endedOn && <EndForm placement={data.placement} />}
        </>
      )}
    </QueryState>
  );
}

function Details({ placement }: { placement: Placement }) {
  const t = useT();
  return (
    <dl className="details">
      <dt>{t('childcare.placementType')}</dt>
      <dd>{t(`childcare.type.${placement.type}`)}</dd>
      {placement.carerName && (
        <>
          <dt>{t('childcare.carer')}</dt>
          <dd>{placement.carerName}</dd>
        </>
      )}
      {placement.institutionName && (
        <>
          <dt>{t('childcare.leftInstitution')}</dt>
          <dd>{placement.institutionName}</dd>
        </>
      )}
      <dt>{t('childcare.startedOn')}</dt>
      <dd>
        <FormattedDate value={placement.startedOn} dateStyle="long" timeZone="UTC" />
      </dd>
      {placement.endedOn && (
        <>
          <dt>{t('childcare.endedOn')}</dt>
          <dd>
            <FormattedDate value={placement.endedOn} dateStyle="long" timeZone="UTC" />
            {placement.breakdownReason && ` — ${t(`childcare.breakdown.${placement.breakdownReason}`)}`}
          </dd>
        </>
      )}
    </dl>
  );
}

export function VisitTable({ visits }: { visits: Visit[] }) {
  const t = useT();
  return (
    <CountTable
      id="visits-caption"
      caption={t('childcare.visits.caption')}
      headers={[
        t('childcare.visit.month'),
        t('childcare.dueOn'),
        t('childcare.visit.status'),
        t('childcare.visit.findings'),
      ]}
      rows={visits.map((v) => ({
        key: v.id,
        cells: [
          v.month === null ? t('childcare.visit.extra') : t('childcare.visit.months', { months: v.month }),
          <FormattedDate key="due" value={v.dueOn} dateStyle="medium" timeZone="UTC" />,
          t(`childcare.visit.${v.status}`),
          v.visitedOn ? `${v.concerns ? `${t('childcare.visit.concernsShort')}: ` : ''}${v.findings}` : '',
        ],
      }))}
    />
  );
}

const outsideSchedule = 'outside';

/**
 * A visit recorded as it was made: the next one of the schedule, or one made outside it when a difficulty came
 * up. One form for both, so the page has one field of each name.
 */
function VisitForm({ placementId, next }: { placementId: string; next: Visit | undefined }) {
  const t = useT();
  const day = useCalendarDay();
  const record = useCareAction(
    ({ which, ...body }: Record<string, unknown>) =>
      next && which === next.id
        ? recordVisit(next.id, { ...body, version: next.version })
        : recordExtraVisit(placementId, body),
    t('childcare.visit.recorded'),
  );
  const labels = {
    which: t('childcare.visit.which'),
    visitedOn: t('childcare.visit.visitedOn'),
    findings: t('childcare.visit.findings'),
    concerns: t('childcare.visit.concerns'),
  };
  const options = [
    ...(next && next.month !== null
      ? [
          {
            id: next.id,
            label: t('childcare.visit.scheduled', {
              months: next.month,
              due: day(next.dueOn),
            }),
          },
        ]
      : []),
    { id: outsideSchedule, label: t('childcare.visit.extra') },
  ];
  return (
    <>
      <h3>{t('childcare.visit.recordTitle')}</h3>
      <p role="status" className="status">
        {record.message}
      </p>
      <FormShell
        key={record.round}
        errorState={record.errorState}
        labels={labels}
        submitLabel={t('childcare.visit.submit')}
        isPending={record.mutation.isPending}
        onSubmit={(data) => {
          const body = {
            which: text(data, 'which'),
            visitedOn: text(data, 'visitedOn'),
            findings: text(data, 'findings'),
            concerns: flag(data, 'concerns'),
          };
          record.send(body, ['which', 'visitedOn', 'findings']);
        }}
      >
        <SelectInput
          name="which"
          label={labels.which}
          placeholder={t('form.choose')}
          options={options}
          defaultValue={options[0]?.id}
          isRequired
        />
        <TextInput
          name="visitedOn"
          type="date"
          label={labels.visitedOn}
          defaultValue={localToday()}
          isRequired
        />
        <TextAreaInput name="findings" label={labels.findings} isRequired />
        <CheckboxInput name="concerns" label={labels.concerns} />
      </FormShell>
    </>
  );
}

function EndForm({ placement }: { placement: Placement }) {
  const t = useT();
  const end = useCareAction(
    (body: Record<string, unknown>) => endPlacement(placement.id, body),
    t('childcare.end.done'),
  );
  const labels = {
    endedOn: t('childcare.endedOn'),
    ending: t('childcare.end.ending'),
    breakdownReason: t('childcare.breakdownReason'),
    note: t('childcare.end.note'),
  };
  return (
    <section className="section" aria-labelledby="end-placement">
      <h2 id="end-placement">{t('childcare.end.title')}</h2>
      <Subform title={t('childcare.end.title')} message={end.message}>
        <FormShell
          errorState={end.errorState}
          labels={labels}
          submitLabel={t('childcare.end.submit')}
          isPending={end.mutation.isPending}
          onSubmit={(data) => {
            const ending = text(data, 'ending');
            const body =
              ending === 'breakdown'
                ? {
                    ending,
                    endedOn: text(data, 'endedOn'),
                    breakdownReason: text(data, 'breakdownReason'),
                    note: text(data, 'note'),
                  }
                : { ending, endedOn: text(data, 'endedOn') };
            end.mutation.mutate({ ...body, version: placement.version });
          }}
        >
          <TextInput
            name="endedOn"
            type="date"
            label={labels.endedOn}
            defaultValue={localToday()}
            isRequired
          />
          <SelectInput
            name="ending"
            label={labels.ending}
            placeholder={t('form.choose')}
            options={['planned', 'breakdown'].map((e) => ({ id: e, label: t(`childcare.ending.${e}`) }))}
            isRequired
          />
          <SelectInput
            name="breakdownReason"
            label={labels.breakdownReason}
            placeholder={t('form.choose')}
            options={breakdownReasons.map((r) => ({ id: r, label: t(`childcare.breakdown.${r}`) }))}
          />
          <TextAreaInput name="note" label={labels.note} />
        </FormShell>
      </Subform>
    </section>
  );
}
