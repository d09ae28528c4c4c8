import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { createContractSchema, formatDateVi, formatVnd } from '@sen/shared';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  CheckboxField,
  CustomerPickerField,
  DateField,
  Form,
  FormActions,
  MoneyField,
  TextField,
} from '../../components/form';
import { Page, useErrorMessage, RecordFallback } from '../../components/page';
import { DocumentLinesView } from '../sales/components/document-lines-view';
import { emptyLine, LinesEditor } from '../sales/components/lines-editor';
import { ContractMoneyDocument, CreateContractDocument, CreateInvoiceDocument } from './api';
import { ContractBadges } from './badges';
import { notifyDone, notifyFailed } from '../../lib/notify';

const today = () => new Date().toISOString().slice(0, 10);

function InstalmentsEditor() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'instalments' });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('money.contracts.schedule')}
        </Title>
        <Button size="xs" variant="light" onClick={() => append({ dueDate: '', amount: null })}>
          {t('money.contracts.addInstalment')}
        </Button>
      </Group>
      {fields.map((f, i) => (
        <Group key={f.id} align="flex-end" gap="sm" mb="xs">
          <DateField
            name={`instalments.${i}.dueDate`}
            label={t('money.contracts.dueDate', { n: i + 1 })}
            required
          />
          <MoneyField
            name={`instalments.${i}.amount`}
            label={t('money.contracts.amount', { n: i + 1 })}
            required
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('money.contracts.removeInstalment', { n: i + 1 })}
            onClick={() => remove(i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
    </Paper>
  );
}

/** Thêm hợp đồng: customer, number (or drawn), dates, value, the Đã ký tick, the payment schedule. */
export function ContractCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [create] = useMutation(CreateContractDocument);
  return (
    <Page title={t('money.contracts.new')}>
      <Paper withBorder p="md" maw={900}>
        <Form
          schema={createContractSchema}
          label={t('money.contracts.new')}
          defaultValues={{
            customerId: params.get('customerId') ?? '',
            number: '',
            signedOn: today(),
            validFrom: null,
            validTo: null,
            value: null,
            signed: false,
            moveToSignedGroup: false,
            terms: '',
            instalments: [],
            lines: [emptyLine()] as never,
          }}
          onSubmit={async (values) => {
            const { data } = await create({ variables: { input: values } });
            notifyDone(t('money.contracts.created', { number: data!.createContract.number }));
            await navigate(`/contracts/${data!.createContract.id}`);
          }}
        >
          <CustomerPickerField name="customerId" label={t('sales.fields.customer')} required />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField
              name="number"
              label={t('money.contracts.number')}
              description={t('money.contracts.numberHint')}
            />
            <DateField name="signedOn" label={t('money.contracts.signedOn')} />
            <DateField name="validFrom" label={t('money.contracts.validFrom')} />
            <DateField name="validTo" label={t('money.contracts.validTo')} />
            <MoneyField name="value" label={t('money.contracts.value')} />
          </SimpleGrid>
          <LinesEditor />
          <CheckboxField name="signed" label={t('money.contracts.signed')} />
          <CheckboxField name="moveToSignedGroup" label={t('money.contracts.moveToSignedGroup')} />
          <InstalmentsEditor />
          <FormActions mode="create" onBack={() => void navigate('/contracts')} />
        </Form>
      </Paper>
    </Page>
  );
}

/** A contract: its lines or value, what was received, the schedule, and an invoice made from it. */
export function ContractDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ContractMoneyDocument, { variables: { id } });
  const [createInvoice, { loading: creating }] = useMutation(CreateInvoiceDocument);
  const c = data?.contract;
  if (!c) {
    return (
      <RecordFallback query={{ loading, error, refetch }} title={t('nav.contracts')} back="/contracts" />
    );
  }
  const invoice = async () => {
    try {
      const { data: made } = await createInvoice({
        variables: { input: { contractId: c.id, date: today() } },
      });
      await navigate(`/invoices/${made!.createInvoice.id}`);
    } catch (e) {
      notifyFailed(errorMessage(e));
    }
  };
  return (
    <Page
      back="/contracts"
      title={t('sales.documents.title.contract', { number: c.number })}
      actions={
        <Button onClick={() => void invoice()} loading={creating} disabled={c.lines.length === 0}>
          {t('money.contracts.makeInvoice')}
        </Button>
      }
    >
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t('sales.fields.customer')}
            </Text>
            <Anchor component={Link} to={`/customers/${c.customer.id}`} size="sm">
              {c.customer.name}
            </Anchor>
            <Text size="xs">{t(`customers.levels.${c.customer.level}`)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.contracts.status')}
            </Text>
            <ContractBadges status={c.status} signed={c.signed} />
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.received')}
            </Text>
            <Text size="sm">{formatVnd(c.received)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('money.outstanding')}
            </Text>
            <Text size="sm" fw={600}>
              {formatVnd(c.outstanding)}
            </Text>
          </div>
        </SimpleGrid>
      </Paper>
      {c.lines.length > 0 ? <DocumentLinesView lines={c.lines} totals={c.totals} /> : null}
      <Paper withBorder p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('money.contracts.schedule')}
        </Title>
        <Table aria-label={t('money.contracts.schedule')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('money.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('money.amount')}</Table.Th>
              <Table.Th ta="right">{t('money.received')}</Table.Th>
              <Table.Th ta="right">{t('money.outstanding')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.instalments.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.position}</Table.Td>
                <Table.Td>{formatDateVi(i.dueDate)}</Table.Td>
                <Table.Td ta="right">{formatVnd(i.amount)}</Table.Td>
                <Table.Td ta="right">{formatVnd(i.received)}</Table.Td>
                <Table.Td ta="right">{formatVnd(i.outstanding)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Page>
  );
}
