import { Anchor, Button, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import {
  createOpportunitySchema,
  formatDateVi,
  formatVnd,
  STAGE_PROBABILITY,
  updateOpportunitySchema,
  type OpportunityStage,
} from '@sen/shared';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  CustomerPickerField,
  DateField,
  FormPage,
  MoneyField,
  OwnerField,
  SelectField,
  TextareaField,
  TextField,
  useFieldProps,
} from '../../../components/form';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { useOpportunitySources } from '../api/opportunity-sources';
import { useCreateOpportunity } from '../api/create-opportunity';
import { useOpportunity } from '../api/opportunity';
import { useSalesCustomer } from '../api/sales-customer';
import { useSalesViewer } from '../api/sales-viewer';
import { useUpdateOpportunity } from '../api/update-opportunity';
import { STAGES, stageLabel } from './opportunity-stage';

function ProbabilityField() {
  const { t } = useTranslation();
  const field = useFieldProps('probability', undefined);
  return (
    <NumberInput
      label={t('sales.opportunities.fields.probability')}
      suffix=" %"
      min={0}
      max={100}
      allowDecimal={false}
      value={(field.value as number | null) ?? ''}
      onChange={(v) => field.onChange(v === '' ? null : Number(v))}
      onBlur={field.onBlur}
      error={field.error}
    />
  );
}

function OpportunityFields({ canPickOwner }: { canPickOwner: boolean }) {
  const { t, i18n } = useTranslation();
  const { setValue, getFieldState } = useFormContext();
  const customerId = useWatch({ name: 'customerId' }) as string | null;
  const stage = useWatch({ name: 'stage' }) as OpportunityStage;
  const shownStage = useRef(stage);
  // A new stage suggests its probability, unless the user typed one.
  useEffect(() => {
    if (stage !== shownStage.current) {
      shownStage.current = stage;
      if (stage && !getFieldState('probability').isDirty) {
        setValue('probability', STAGE_PROBABILITY[stage]);
      }
    }
  }, [stage, getFieldState, setValue]);
  const contacts = useSalesCustomer(customerId).data?.customer?.contacts.nodes ?? [];
  const sources = useOpportunitySources().data?.categories ?? [];
  return (
    <>
      <TextField name="name" label={t('sales.opportunities.fields.name')} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CustomerPickerField
          name="customerId"
          label={t('sales.fields.customer')}
          required
          onPicked={() => setValue('contactId', null)}
        />
        <SelectField
          name="contactId"
          label={t('sales.fields.contact')}
          data={contacts.map((c) => ({ value: c.id, label: c.name }))}
        />
        <SelectField
          name="stage"
          label={t('sales.opportunities.fields.stage')}
          required
          data={STAGES.map((s) => ({ value: s, label: stageLabel(s, i18n.language) }))}
        />
        <ProbabilityField />
        <MoneyField name="expectedValue" label={t('sales.opportunities.fields.expectedValue')} />
        <DateField name="expectedCloseDate" label={t('sales.opportunities.fields.expectedCloseDate')} />
        <SelectField
          name="sourceId"
          label={t('sales.opportunities.fields.source')}
          data={sources.map((s) => ({ value: s.id, label: s.name }))}
        />
        {canPickOwner ? <OwnerField label={t('sales.fields.owner')} required /> : null}
      </SimpleGrid>
      {stage === 'LOST' ? (
        <TextareaField name="lostReason" label={t('sales.opportunities.fields.lostReason')} required />
      ) : null}
      <TextareaField name="description" label={t('sales.opportunities.fields.description')} />
    </>
  );
}

/** Thêm mới cơ hội (SAL-02); `?customerId=` presets the customer. */
export function OpportunityCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const viewer = useSalesViewer();
  const [createOpportunity] = useCreateOpportunity();
  if (!viewer) {
    return <PageLoader />;
  }
  return (
    <FormPage
      title={t('sales.opportunities.createTitle')}
      mode="create"
      backTo="/opportunities"
      maw={960}
      schema={createOpportunitySchema}
      defaultValues={{
        name: '',
        customerId: params.get('customerId') ?? '',
        contactId: null,
        stage: 'NEEDS_ANALYSIS',
        probability: STAGE_PROBABILITY.NEEDS_ANALYSIS,
        expectedValue: null,
        expectedCloseDate: null,
        sourceId: null,
        lostReason: null,
        description: null,
        ownerId: viewer.id,
      }}
      onSubmit={async (input) => {
        const { data } = await createOpportunity({ variables: { input } });
        return data && { notice: t('sales.opportunities.created', { name: data.createOpportunity.name }) };
      }}
    >
      <OpportunityFields canPickOwner={viewer.role !== 'STAFF'} />
    </FormPage>
  );
}

/** Sửa cơ hội, with its quotes. */
export function OpportunityEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSalesViewer();
  const { data, loading, error, refetch } = useOpportunity(id);
  const [updateOpportunity] = useUpdateOpportunity();
  const o = data?.opportunity;
  if (!o || !viewer) {
    return loading || !viewer ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  return (
    <FormPage
      title={`${o.code} — ${o.name}`}
      actions={
        <Button component={Link} to={`/quotes/new?customerId=${o.customer.id}&opportunityId=${o.id}`}>
          {t('sales.quotes.createTitle')}
        </Button>
      }
      mode="edit"
      backTo="/opportunities"
      maw={960}
      schema={updateOpportunitySchema}
      label={t('sales.opportunities.editTitle')}
      defaultValues={{
        name: o.name,
        customerId: o.customer.id,
        contactId: o.contact?.id ?? null,
        stage: o.stage,
        probability: o.probability,
        expectedValue: o.expectedValue ?? null,
        expectedCloseDate: o.expectedCloseDate ?? null,
        sourceId: o.source?.id ?? null,
        lostReason: o.lostReason ?? null,
        description: o.description ?? null,
        ownerId: o.owner.id,
        version: o.version,
      }}
      onSubmit={async (input) => {
        const { data: saved } = await updateOpportunity({ variables: { id: o.id, input } });
        return saved && { notice: t('common.saved') };
      }}
      after={
        <Stack maw={960} gap="xs">
          <Text fw={600}>{t('sales.quotes.title')}</Text>
          {o.quotes.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('sales.quotes.none')}
            </Text>
          ) : (
            <Table aria-label={t('sales.quotes.title')}>
              <Table.Tbody>
                {o.quotes.map((q) => (
                  <Table.Tr key={q.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/quotes/${q.id}`}>
                        {q.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateVi(q.date)}</Table.Td>
                    <Table.Td>{t(`sales.quotes.statuses.${q.status}`)}</Table.Td>
                    <Table.Td ta="right">{formatVnd(q.totals.total)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      }
    >
      <OpportunityFields canPickOwner={viewer.role !== 'STAFF'} />
    </FormPage>
  );
}
