import { Button, Menu, Paper, SimpleGrid, Title } from '@mantine/core';
import { createCareCardSchema, updateCareCardSchema, vietnamDay } from '@sen/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useConfirm } from '../../../components/confirm';
import {
  CustomerPickerField,
  DateField,
  Form,
  FormActions,
  FormPage,
  OwnerField,
  SelectField,
  TagsField,
  TextareaField,
  TextField,
} from '../../../components/form';
import { ErrorAlert, MessagePage, Page, PageLoader, useErrorMessage } from '../../../components/page';
import type { CareTarget } from '../../../gql/graphql';
import {
  useCareCard,
  useCareOptions,
  useCloneCareCard,
  useCreateCareCard,
  useDeleteCareCards,
  useGenerateCareCard,
  useGenerateFromCareCard,
  useUpdateCareCard,
} from '../api/care-cards';
import { useViewer } from '../../../lib/viewer';
import { notifyDone, notifyFailed } from '../../../lib/notify';

function CareFields() {
  const { t } = useTranslation();
  const options = useCareOptions().data;
  const canPickOwner = useViewer().role !== 'STAFF';
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextField name="code" label={t('care.fields.code')} placeholder={t('care.codeAuto')} />
        <CustomerPickerField name="customerId" label={t('care.fields.customer')} required clearTo="" />
        <TextField name="orderNumber" label={t('care.fields.orderNumber')} required />
        {canPickOwner ? <OwnerField label={t('care.fields.owner')} /> : null}
        <SelectField
          name="unitId"
          label={t('care.fields.unit')}
          data={(options?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          clearable
        />
        <DateField name="careDate" label={t('care.fields.careDate')} />
      </SimpleGrid>
      <Title order={5}>{t('care.infoBlock')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SelectField
          name="channel"
          label={t('care.fields.channel')}
          data={(options?.channels ?? []).map((c) => c.name)}
          clearable
        />
        <SelectField
          name="satisfaction"
          label={t('care.fields.satisfaction')}
          data={(options?.satisfactions ?? []).map((c) => c.name)}
          clearable
        />
      </SimpleGrid>
      <TextareaField name="result" label={t('care.fields.result')} />
      <TextareaField name="notes" label={t('care.fields.notes')} />
      <TagsField name="tags" label={t('care.fields.tags')} />
    </>
  );
}

/** Thêm mới thẻ chăm sóc (CARE-01). */
export function CareCardCreatePage() {
  const { t } = useTranslation();
  const options = useCareOptions().data;
  const viewer = useViewer();
  const [create] = useCreateCareCard();
  if (!options) {
    return <PageLoader />;
  }
  return (
    <FormPage
      title={t('care.createTitle')}
      mode="create"
      backTo="/care-cards"
      schema={createCareCardSchema}
      defaultValues={{
        code: '',
        customerId: '',
        orderNumber: '',
        ownerId: viewer.id,
        unitId: null,
        careDate: vietnamDay(new Date()),
        channel: null,
        satisfaction: null,
        result: null,
        notes: null,
        tags: [],
      }}
      onSubmit={async (input) => {
        const { data } = await create({ variables: { input } });
        return data && { notice: t('care.created', { code: data.createCareCard.code }) };
      }}
    >
      <CareFields />
    </FormPage>
  );
}

/** A card's screen: edit, Nhân bản, Sinh cơ hội / báo giá / đơn hàng, Xóa. */
export function CareCardEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useCareCard(id);
  const [update] = useUpdateCareCard();
  const [clone] = useCloneCareCard();
  const [generateFrom] = useGenerateFromCareCard();
  const [remove] = useDeleteCareCards();
  const c = data?.careCard;
  if (!c) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const back = () => void navigate('/care-cards');
  const generate = async (to: CareTarget) => {
    try {
      const r = await generateFrom({ variables: { id: c.id, to } });
      const newId = r.data?.generateFromCareCard;
      const path = to === 'OPPORTUNITY' ? 'opportunities' : to === 'QUOTE' ? 'quotes' : 'orders';
      notifyDone(t(`care.generated.${to}`));
      if (newId) {
        void navigate(`/${path}/${newId}`);
      }
    } catch (e) {
      notifyFailed(errorMessage(e));
    }
  };
  return (
    <Page
      title={t('care.editTitle', { code: c.code })}
      actions={
        <>
          <Button
            variant="default"
            onClick={async () => {
              try {
                const r = await clone({ variables: { id: c.id } });
                if (r.data) {
                  notifyDone(t('care.cloned', { code: r.data.cloneCareCard.code }));
                  void navigate(`/care-cards/${r.data.cloneCareCard.id}`);
                }
              } catch (e) {
                notifyFailed(errorMessage(e));
              }
            }}
          >
            {t('care.actions.clone')}
          </Button>
          <Menu>
            <Menu.Target>
              <Button variant="default">{t('care.generate')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void generate('OPPORTUNITY')}>
                {t('care.generateTo.OPPORTUNITY')}
              </Menu.Item>
              <Menu.Item onClick={() => void generate('QUOTE')}>{t('care.generateTo.QUOTE')}</Menu.Item>
              <Menu.Item onClick={() => void generate('ORDER')}>{t('care.generateTo.ORDER')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button
            color="red"
            variant="light"
            onClick={async () => {
              const yes = await confirm({
                title: t('care.deleteTitle'),
                message: t('care.deleteConfirm', { count: 1 }),
                danger: true,
              });
              if (yes) {
                await remove({ variables: { ids: [c.id] } });
                notifyDone(t('care.deleted', { count: 1 }));
                back();
              }
            }}
          >
            {t('care.actions.delete')}
          </Button>
        </>
      }
    >
      <Paper withBorder p="lg">
        <Form
          key={`${c.id}:${c.version}`}
          schema={updateCareCardSchema}
          label={t('care.editTitle', { code: c.code })}
          defaultValues={{
            code: c.code,
            customerId: c.customer.id,
            orderNumber: c.orderNumber,
            ownerId: c.owner.id,
            unitId: c.unit?.id ?? null,
            careDate: c.careDate ?? null,
            channel: c.channel ?? null,
            satisfaction: c.satisfaction ?? null,
            result: c.result ?? null,
            notes: c.notes ?? null,
            tags: c.tags,
            version: c.version,
          }}
          onSubmit={async (input) => {
            const { data: saved } = await update({ variables: { id: c.id, input } });
            if (saved) {
              notifyDone(t('care.updated', { code: saved.updateCareCard.code }));
              back();
            }
          }}
        >
          <CareFields />
          <FormActions mode="edit" onBack={back} />
        </Form>
      </Paper>
    </Page>
  );
}

/** `/care-cards/generate?orderId=`: CARE-03 from an order's screen, then the new card. */
export function CareCardGeneratePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const orderId = params.get('orderId') ?? '';
  const [generate, { data, error }] = useGenerateCareCard();
  const started = useRef(false);
  useEffect(() => {
    if (!started.current && orderId) {
      started.current = true;
      void generate({ variables: { orderId } }).catch(() => undefined);
    }
  }, [generate, orderId]);
  if (data) {
    return <Navigate to={`/care-cards/${data.generateCareCard.id}`} replace />;
  }
  if (error || !orderId) {
    return (
      <MessagePage
        title={t('care.title')}
        heading={t('care.generateFailed')}
        body={error?.message ?? ''}
        back="/care-cards"
      />
    );
  }
  return <PageLoader />;
}
