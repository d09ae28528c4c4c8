import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import {
  computeLine,
  computeTotals,
  formatNumberVi,
  lineProblems,
  VAT_RATE_LABEL,
  VAT_RATES,
  type LineInput,
  type VatRate,
} from '@sen/shared';
import { useState } from 'react';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DecimalInput, MoneyInput, useFieldError } from '../../../components/form';
import { ProductPicker, type PickedProduct } from './product-picker';
import { ProductQuickCreate } from './product-quick-create';
import { TotalsPanel } from './totals-panel';

/** A line as the form holds it: the API's DocumentLineInput plus how its discount is typed. */
export interface LineFormValue {
  productId: string | null;
  productName: string | null;
  unit: string | null;
  quantity: string | null;
  unitPrice: string | null;
  discountMode: 'percent' | 'amount';
  discountPercent: string | null;
  discountAmount: string | null;
  vatRate: VatRate | null;
}

export const emptyLine = (): LineFormValue => ({
  productId: null,
  productName: null,
  unit: null,
  quantity: '1',
  unitPrice: null,
  discountMode: 'percent',
  discountPercent: null,
  discountAmount: null,
  vatRate: 'TEN',
});

/** The line as the shared totals take it, or null while it cannot be priced yet. */
function priced(l: LineFormValue | undefined): LineInput | null {
  if (!l?.quantity || !l.unitPrice || !l.vatRate) {
    return null;
  }
  const line: LineInput = {
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    vatRate: l.vatRate,
    discountPercent: l.discountMode === 'percent' ? l.discountPercent : null,
    discountAmount: l.discountMode === 'amount' ? l.discountAmount : null,
  };
  return lineProblems(line).length === 0 ? line : null;
}

const money = (n: bigint) => formatNumberVi(n);

function LineError({ name }: { name: string }) {
  const { fieldState } = useController({ name });
  const error = useFieldError(fieldState.error);
  return error ? (
    <Text c="red" size="xs" role="alert">
      {error}
    </Text>
  ) : null;
}

interface LineRowProps {
  index: number;
  onRemove: () => void;
  onCreateProduct: (index: number, name: string) => void;
}

function LineRow({ index, onRemove, onCreateProduct }: LineRowProps) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<{ lines: LineFormValue[] }>();
  const name = (f: keyof LineFormValue) => `lines.${index}.${f}` as const;
  const line = useWatch({ control, name: `lines.${index}` });
  const product = useController({ control, name: name('productId') });
  const productName = useController({ control, name: name('productName') });
  const unit = useController({ control, name: name('unit') });
  const quantity = useController({ control, name: name('quantity') });
  const unitPrice = useController({ control, name: name('unitPrice') });
  const mode = useController({ control, name: name('discountMode') });
  const percent = useController({ control, name: name('discountPercent') });
  const amount = useController({ control, name: name('discountAmount') });
  const vat = useController({ control, name: name('vatRate') });
  const p = priced(line);
  const row = p ? computeLine(p) : null;
  const label = (
    field:
      | 'product'
      | 'productName'
      | 'unit'
      | 'quantity'
      | 'unitPrice'
      | 'discountMode'
      | 'discountPercent'
      | 'discountAmount'
      | 'vatRate',
  ) => t('sales.lines.rowField', { row: index + 1, field: t(`sales.lines.${field}`) });

  const pick = (picked: PickedProduct | null) => {
    product.field.onChange(picked?.id ?? null);
    if (picked) {
      setValue(name('productName'), picked.name, { shouldValidate: true });
      setValue(name('unit'), picked.unit);
      setValue(name('unitPrice'), picked.price ?? null, { shouldValidate: true });
      setValue(name('vatRate'), picked.vatRate);
    }
  };

  return (
    <Table.Tr>
      <Table.Td>{index + 1}</Table.Td>
      <Table.Td miw={260}>
        <Stack gap={4}>
          <ProductPicker
            aria-label={label('product')}
            value={product.field.value as string | null}
            onPick={pick}
            onCreate={(typed) => onCreateProduct(index, typed)}
          />
          <TextInput
            aria-label={label('productName')}
            placeholder={t('sales.lines.productNamePlaceholder')}
            value={(productName.field.value as string | null) ?? ''}
            onChange={(e) => productName.field.onChange(e.currentTarget.value || null)}
            onBlur={productName.field.onBlur}
            size="xs"
          />
          <LineError name={name('productName')} />
          <LineError name={name('productId')} />
        </Stack>
      </Table.Td>
      <Table.Td w={90}>
        <TextInput
          aria-label={label('unit')}
          value={(unit.field.value as string | null) ?? ''}
          onChange={(e) => unit.field.onChange(e.currentTarget.value || null)}
          size="xs"
        />
      </Table.Td>
      <Table.Td w={100}>
        <DecimalInput
          aria-label={label('quantity')}
          value={quantity.field.value as string | null}
          onChange={quantity.field.onChange}
          onBlur={quantity.field.onBlur}
          size="xs"
        />
        <LineError name={name('quantity')} />
      </Table.Td>
      <Table.Td w={150}>
        <MoneyInput
          aria-label={label('unitPrice')}
          value={unitPrice.field.value as string | null}
          onChange={unitPrice.field.onChange}
          onBlur={unitPrice.field.onBlur}
          size="xs"
        />
        <LineError name={name('unitPrice')} />
      </Table.Td>
      <Table.Td w={170}>
        <Stack gap={4}>
          <SegmentedControl
            size="xs"
            aria-label={label('discountMode')}
            value={mode.field.value as string}
            onChange={(v) => {
              mode.field.onChange(v);
              setValue(name(v === 'percent' ? 'discountAmount' : 'discountPercent'), null);
            }}
            data={[
              { value: 'percent', label: '%' },
              { value: 'amount', label: '₫' },
            ]}
          />
          {mode.field.value === 'percent' ? (
            <DecimalInput
              aria-label={label('discountPercent')}
              value={percent.field.value as string | null}
              onChange={percent.field.onChange}
              suffix=" %"
              scale={4}
              size="xs"
            />
          ) : (
            <MoneyInput
              aria-label={label('discountAmount')}
              value={amount.field.value as string | null}
              onChange={amount.field.onChange}
              size="xs"
            />
          )}
          <LineError name={name('discountPercent')} />
          <LineError name={name('discountAmount')} />
        </Stack>
      </Table.Td>
      <Table.Td w={100}>
        <Select
          aria-label={label('vatRate')}
          size="xs"
          allowDeselect={false}
          value={vat.field.value as string | null}
          onChange={(v) => vat.field.onChange(v)}
          data={VAT_RATES.map((r) => ({ value: r, label: VAT_RATE_LABEL[r].vi }))}
        />
        <LineError name={name('vatRate')} />
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid={`line-total-${index + 1}`}>
        {row ? money(row.amount - row.discount) : '—'}
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('sales.lines.remove', { row: index + 1 })}
          onClick={onRemove}
        >
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** The totals the server will compute, from the same shared function, as the user types. */
function LiveTotals() {
  const lines = useWatch<{ lines: LineFormValue[] }, 'lines'>({ name: 'lines' }) ?? [];
  const totals = computeTotals(lines.flatMap((l) => priced(l) ?? []));
  return <TotalsPanel totals={totals} />;
}

/**
 * The lines of a quote, order, contract or invoice (SALES-DESIGN.md "Web"): a product picked or a
 * free-text line, quantity with decimals, price as money, a discount in % or đồng, a VAT rate; a
 * product can be added inline ("Thêm mới hàng hóa"); the totals follow live.
 */
export function LinesEditor() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<{ lines: LineFormValue[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const [creating, setCreating] = useState<{ index: number; name: string } | null>(null);
  const linesError = useFieldError(useController({ control, name: 'lines' }).fieldState.error);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600}>{t('sales.lines.title')}</Text>
        <Button variant="light" size="xs" onClick={() => append(emptyLine())}>
          {t('sales.lines.add')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table aria-label={t('sales.lines.title')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sales.lines.no')}</Table.Th>
              <Table.Th>{t('sales.lines.product')}</Table.Th>
              <Table.Th>{t('sales.lines.unit')}</Table.Th>
              <Table.Th>{t('sales.lines.quantity')}</Table.Th>
              <Table.Th>{t('sales.lines.unitPrice')}</Table.Th>
              <Table.Th>{t('sales.lines.discount')}</Table.Th>
              <Table.Th>{t('sales.lines.vatRate')}</Table.Th>
              <Table.Th ta="right">{t('sales.lines.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f, index) => (
              <LineRow
                key={f.id}
                index={index}
                onRemove={() => remove(index)}
                onCreateProduct={(i, typed) => setCreating({ index: i, name: typed })}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {linesError ? (
        <Text c="red" size="sm" role="alert">
          {linesError}
        </Text>
      ) : null}
      <LiveTotals />
      {creating ? (
        <ProductQuickCreate
          initialName={creating.name}
          onClose={() => setCreating(null)}
          onCreated={(p) => {
            const at = `lines.${creating.index}` as const;
            setValue(`${at}.productId`, p.id);
            setValue(`${at}.productName`, p.name, { shouldValidate: true });
            setValue(`${at}.unit`, p.unit);
            setValue(`${at}.unitPrice`, p.price ?? null, { shouldValidate: true });
            setValue(`${at}.vatRate`, p.vatRate);
            setCreating(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
