import { Modal } from '@mantine/core';
import { createProductSchema, VAT_RATE_LABEL, VAT_RATES } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, MoneyField, SelectField, SubmitButton, TextField } from '../../../components/form';
import { useCreateProduct } from '../api/create-product';
import type { PickedProduct } from './product-picker';

export interface ProductQuickCreateProps {
  initialName: string;
  onClose: () => void;
  onCreated: (product: PickedProduct) => void;
}

/** "Thêm mới hàng hóa" from a document line (SAL-01, seed 000): the product, then back to the line. */
export function ProductQuickCreate({ initialName, onClose, onCreated }: ProductQuickCreateProps) {
  const { t } = useTranslation();
  const [createProduct] = useCreateProduct();
  return (
    <Modal opened onClose={onClose} title={t('sales.products.quickCreateTitle')} size="lg">
      <Form
        schema={createProductSchema}
        label={t('sales.products.quickCreateTitle')}
        defaultValues={{ code: '', name: initialName, unit: '', price: null, vatRate: 'TEN', kind: 'GOODS' }}
        onSubmit={async (input) => {
          const { data } = await createProduct({ variables: { input } });
          if (data) {
            onCreated(data.createProduct);
          }
        }}
      >
        <TextField name="code" label={t('sales.products.fields.code')} required />
        <TextField name="name" label={t('sales.products.fields.name')} required />
        <TextField name="unit" label={t('sales.products.fields.unit')} required />
        <MoneyField name="price" label={t('sales.products.fields.price')} />
        <SelectField
          name="vatRate"
          label={t('sales.products.fields.vatRate')}
          required
          data={VAT_RATES.map((r) => ({ value: r, label: VAT_RATE_LABEL[r].vi }))}
        />
        <SubmitButton>{t('common.save')}</SubmitButton>
      </Form>
    </Modal>
  );
}
