import { createQuoteSchema, updateQuoteSchema, vietnamDay, addDays } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { DateField, FormPage, SelectField } from '../../../components/form';
import { ErrorAlert, PageLoader } from '../../../components/page';
import type { QuoteDetailFragment } from '../../../gql/graphql';
import { useCreateQuote } from '../api/create-quote';
import { useQuote } from '../api/quote';
import { useSalesViewer } from '../api/sales-viewer';
import { useUpdateQuote } from '../api/update-quote';
import { DocumentFields } from './document-fields';
import { emptyLine, type LineFormValue } from './lines-editor';

/** How long a new quote stays valid unless the user says otherwise (a common Vietnamese practice). */
const VALID_DAYS = 30;

function QuoteFields({ canPickOwner }: { canPickOwner: boolean }) {
  const { t } = useTranslation();
  return (
    <DocumentFields
      dateLabel={t('sales.quotes.fields.date')}
      beforeContact={<DateField name="validUntil" label={t('sales.quotes.fields.validUntil')} />}
      afterContact={(customer) => (
        <SelectField
          name="opportunityId"
          label={t('sales.quotes.fields.opportunity')}
          data={(customer?.opportunities.nodes ?? []).map((o) => ({
            value: o.id,
            label: `${o.code} — ${o.name}`,
          }))}
        />
      )}
      customerLinked={['opportunityId']}
      note={{ name: 'terms', label: t('sales.quotes.fields.terms') }}
      canPickOwner={canPickOwner}
    />
  );
}

/** Thêm mới báo giá (SAL-03); `?customerId=` and `?opportunityId=` preset them. */
export function QuoteCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const viewer = useSalesViewer();
  const [createQuote] = useCreateQuote();
  if (!viewer) {
    return <PageLoader />;
  }
  const today = vietnamDay(new Date());
  return (
    <FormPage
      title={t('sales.quotes.createTitle')}
      mode="create"
      backTo="/quotes"
      schema={createQuoteSchema}
      defaultValues={{
        customerId: params.get('customerId') ?? '',
        date: today,
        validUntil: addDays(today, VALID_DAYS),
        contactId: null,
        opportunityId: params.get('opportunityId'),
        terms: null,
        ownerId: viewer.id,
        lines: [emptyLine()] as never,
      }}
      onSubmit={async (input) => {
        // The editor clears the discount not in use; the schema's output is the API's input.
        const { data } = await createQuote({ variables: { input } });
        const created = data?.createQuote;
        return (
          created && {
            notice: t('sales.quotes.created', { number: created.number }),
            to: `/quotes/${created.id}`,
          }
        );
      }}
    >
      <QuoteFields canPickOwner={viewer.role !== 'STAFF'} />
    </FormPage>
  );
}

/** A saved line as the lines editor holds it (quotes, orders). */
export const formLine = (l: QuoteDetailFragment['lines'][number]): LineFormValue => ({
  productId: l.product?.id ?? null,
  productName: l.productName,
  unit: l.unit ?? null,
  quantity: l.quantity,
  unitPrice: l.unitPrice,
  discountMode: l.discountAmount ? 'amount' : 'percent',
  discountPercent: l.discountPercent ?? null,
  discountAmount: l.discountAmount ?? null,
  vatRate: l.vatRate,
});

/** Sửa báo giá: a draft, sent or expired quote; the lines are replaced as a whole. */
export function QuoteEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSalesViewer();
  const { data, loading, error, refetch } = useQuote(id);
  const [updateQuote] = useUpdateQuote();
  const q = data?.quote;
  if (!q || !viewer) {
    return loading || !viewer ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  return (
    <FormPage
      title={t('sales.quotes.editTitle', { number: q.number })}
      mode="edit"
      backTo={`/quotes/${q.id}`}
      schema={updateQuoteSchema}
      defaultValues={{
        customerId: q.customer.id,
        date: q.date,
        validUntil: q.validUntil ?? null,
        contactId: q.contact?.id ?? null,
        opportunityId: q.opportunity?.id ?? null,
        terms: q.terms ?? null,
        ownerId: q.owner.id,
        lines: q.lines.map(formLine) as never,
        version: q.version,
      }}
      onSubmit={async (input) => {
        const { data: saved } = await updateQuote({ variables: { id: q.id, input } });
        return saved && { notice: t('common.saved') };
      }}
    >
      <QuoteFields canPickOwner={viewer.role !== 'STAFF'} />
    </FormPage>
  );
}
