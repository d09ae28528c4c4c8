import { SimpleGrid } from '@mantine/core';
import { createProductSchema, updateProductSchema, VAT_RATE_LABEL, VAT_RATES } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  CheckboxField,
  FormPage,
  MoneyField,
  SelectField,
  TextareaField,
  TextField,
} from '../../../components/form';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { useCreateProduct } from '../api/create-product';
import { useProduct } from '../api/product';
import { useProductGroups } from '../api/product-groups';
import { useUpdateProduct } from '../api/update-product';
import { notifyDone } from '../../../lib/notify';

function ProductFields() {
  const { t } = useTranslation();
  const groups = useProductGroups().data?.categories ?? [];
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField name="code" label={t('sales.products.fields.code')} required />
        <TextField name="name" label={t('sales.products.fields.name')} required />
        <SelectField
          name="kind"
          label={t('sales.products.fields.kind')}
          required
          data={(['GOODS', 'SERVICE'] as const).map((k) => ({
            value: k,
            label: t(`sales.products.kinds.${k}`),
          }))}
        />
        <TextField name="unit" label={t('sales.products.fields.unit')} required />
        <MoneyField name="price" label={t('sales.products.fields.price')} />
        <SelectField
          name="vatRate"
          label={t('sales.products.fields.vatRate')}
          required
          data={VAT_RATES.map((r) => ({ value: r, label: VAT_RATE_LABEL[r].vi }))}
        />
        <SelectField
          name="groupId"
          label={t('sales.products.fields.group')}
          data={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      </SimpleGrid>
      <TextareaField name="description" label={t('sales.products.fields.description')} />
      <CheckboxField name="inactive" label={t('sales.products.inactive')} />
    </>
  );
}

/** Thêm mới hàng hóa (SAL-01). */
export function ProductCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createProduct] = useCreateProduct();
  const back = () => void navigate('/products');
  return (
    <FormPage
      title={t('sales.products.createTitle')}
      mode="create"
      onBack={back}
      maw={960}
      schema={createProductSchema.extend({ inactive: createProductSchema.shape.active })}
      defaultValues={{
        code: '',
        name: '',
        kind: 'GOODS',
        unit: '',
        price: null,
        vatRate: 'TEN',
        groupId: null,
        description: null,
        inactive: false,
      }}
      onSubmit={async ({ inactive, ...input }) => {
        const { data } = await createProduct({ variables: { input: { ...input, active: !inactive } } });
        if (data) {
          notifyDone(t('sales.products.created', { name: data.createProduct.name }));
          back();
        }
      }}
    >
      <ProductFields />
    </FormPage>
  );
}

/** Sửa hàng hóa. */
export function ProductEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useProduct(id);
  const [updateProduct] = useUpdateProduct();
  const back = () => void navigate('/products');
  const p = data?.product;
  if (!p) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  return (
    <FormPage
      title={`${p.code} — ${p.name}`}
      mode="edit"
      onBack={back}
      maw={960}
      schema={updateProductSchema.extend({ inactive: updateProductSchema.shape.active })}
      label={t('sales.products.editTitle')}
      defaultValues={{
        code: p.code,
        name: p.name,
        kind: p.kind,
        unit: p.unit,
        price: p.price ?? null,
        vatRate: p.vatRate,
        groupId: p.group?.id ?? null,
        description: p.description ?? null,
        inactive: !p.active,
        version: p.version,
      }}
      onSubmit={async ({ inactive, ...input }) => {
        const { data: saved } = await updateProduct({
          variables: { id: p.id, input: { ...input, active: !inactive } },
        });
        if (saved) {
          notifyDone(t('common.saved'));
          back();
        }
      }}
    >
      <ProductFields />
    </FormPage>
  );
}
