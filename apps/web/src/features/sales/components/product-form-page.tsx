import { SimpleGrid } from '@mantine/core';
import { createProductSchema, updateProductSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CheckboxField, FormPage, TextareaField } from '../../../components/form';
import { ErrorAlert, PageLoader } from '../../../components/page';
import { useCreateProduct } from '../api/create-product';
import { useProduct } from '../api/product';
import { useUpdateProduct } from '../api/update-product';
import { ProductBaseFields } from './product-base-fields';

function ProductFields() {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ProductBaseFields />
      </SimpleGrid>
      <TextareaField name="description" label={t('sales.products.fields.description')} />
      <CheckboxField name="inactive" label={t('sales.products.inactive')} />
    </>
  );
}

/** Thêm mới hàng hóa (SAL-01). */
export function ProductCreatePage() {
  const { t } = useTranslation();
  const [createProduct] = useCreateProduct();
  return (
    <FormPage
      title={t('sales.products.createTitle')}
      mode="create"
      backTo="/products"
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
        return data && { notice: t('sales.products.created', { name: data.createProduct.name }) };
      }}
    >
      <ProductFields />
    </FormPage>
  );
}

/** Sửa hàng hóa. */
export function ProductEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useProduct(id);
  const [updateProduct] = useUpdateProduct();
  const p = data?.product;
  if (!p) {
    return loading ? <PageLoader /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  return (
    <FormPage
      title={`${p.code} — ${p.name}`}
      mode="edit"
      backTo="/products"
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
        return saved && { notice: t('common.saved') };
      }}
    >
      <ProductFields />
    </FormPage>
  );
}
