import { VAT_RATE_LABEL, VAT_RATES } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { MoneyField, SelectField, TextField } from '../../../components/form';
import { useProductGroups } from '../api/product-groups';

function ProductGroupField() {
  const { t } = useTranslation();
  const groups = useProductGroups().data?.categories ?? [];
  return (
    <SelectField
      name="groupId"
      label={t('sales.products.fields.group')}
      data={groups.map((g) => ({ value: g.id, label: g.name }))}
    />
  );
}

export interface ProductBaseFieldsProps {
  /** Only what a document line needs (the quick create from a line): no kind, no group. */
  quick?: boolean;
}

/** A product's code, name, kind, unit, price, VAT rate and group, as its form and its quick create ask them. */
export function ProductBaseFields({ quick = false }: ProductBaseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="code" label={t('sales.products.fields.code')} required />
      <TextField name="name" label={t('sales.products.fields.name')} required />
      {quick ? null : (
        <SelectField
          name="kind"
          label={t('sales.products.fields.kind')}
          required
          data={(['GOODS', 'SERVICE'] as const).map((k) => ({
            value: k,
            label: t(`sales.products.kinds.${k}`),
          }))}
        />
      )}
      <TextField name="unit" label={t('sales.products.fields.unit')} required />
      <MoneyField name="price" label={t('sales.products.fields.price')} />
      <SelectField
        name="vatRate"
        label={t('sales.products.fields.vatRate')}
        required
        data={VAT_RATES.map((r) => ({ value: r, label: VAT_RATE_LABEL[r].vi }))}
      />
      {quick ? null : <ProductGroupField />}
    </>
  );
}
