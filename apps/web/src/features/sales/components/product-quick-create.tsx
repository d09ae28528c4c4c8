import { Modal } from '@mantine/core';
import { createProductSchema } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { Form, SubmitButton } from '../../../components/form';
import { useCreateProduct } from '../api/create-product';
import { ProductBaseFields } from './product-base-fields';
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
        <ProductBaseFields quick />
        <SubmitButton>{t('common.save')}</SubmitButton>
      </Form>
    </Modal>
  );
}
