import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { CAMPAIGN_MEMBER_STATUSES, translate } from '@sen/shared';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DateField,
  DateInput,
  MoneyField,
  MoneyInput,
  SelectField,
  TextareaField,
  TextField,
} from '../../../components/form';
import { useCampaignOptions } from '../api/campaign-options';

/** Thêm mới / Sửa chiến dịch (CMP-01): the fields, expense lines and the key map of CMP-10. */
export function CampaignFormFields() {
  const { t } = useTranslation();
  const { users } = useCampaignOptions();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField name="name" label={t('campaigns.fields.name')} required />
        <TextField name="code" label={t('campaigns.fields.code')} placeholder={t('campaigns.codeAuto')} />
        <TextField name="type" label={t('campaigns.fields.type')} />
        <SelectField name="executorId" label={t('campaigns.fields.executor')} data={users} searchable />
        <DateField name="startDate" label={t('campaigns.fields.startDate')} required />
        <DateField name="endDate" label={t('campaigns.fields.endDate')} />
        <MoneyField name="budget" label={t('campaigns.fields.budget')} />
        <MoneyField name="expectedRevenue" label={t('campaigns.fields.expectedRevenue')} />
        <MoneyField name="actualRevenue" label={t('campaigns.fields.actualRevenue')} />
      </SimpleGrid>
      <TextareaField name="goals" label={t('campaigns.fields.goals')} minRows={2} />
      <TextareaField name="description" label={t('campaigns.fields.description')} minRows={2} />
      <ExpenseLines />
      <KeyMapLines />
    </>
  );
}

function ExpenseLines() {
  const { t, i18n } = useTranslation();
  const { control, register, formState, trigger } = useFormContext();
  // A new line is checked at once (useFieldArray validates on append); its errors then clear as typed.
  const recheck = (name: string, hasError: boolean) => (hasError ? void trigger(name) : undefined);
  const message = (m: string | undefined) =>
    m ? translate(i18n.language === 'en' ? 'en' : 'vi', m) : undefined;
  const { fields, append, remove } = useFieldArray({ control, name: 'expenses' });
  const errors = (formState.errors.expenses ?? []) as {
    item?: { message?: string };
    amount?: { message?: string };
  }[];
  return (
    <Fieldset legend={t('campaigns.fields.expenses')}>
      <Stack gap="xs">
        {fields.map((f, i) => (
          // On a phone the line wraps: item on one row, amount and date under it.
          <Group key={f.id} align="flex-start" gap="xs">
            <TextInput
              aria-label={t('campaigns.expenseItem')}
              placeholder={t('campaigns.expenseItem')}
              {...register(`expenses.${i}.item`, {
                onChange: () => recheck(`expenses.${i}.item`, Boolean(errors[i]?.item)),
              })}
              error={message(errors[i]?.item?.message)}
              style={{ flex: '2 1 200px' }}
            />
            <Controller
              control={control}
              name={`expenses.${i}.amount`}
              render={({ field }) => (
                <MoneyInput
                  ref={field.ref}
                  aria-label={t('campaigns.expenseAmount')}
                  placeholder={t('campaigns.expenseAmount')}
                  value={field.value as string | null}
                  onChange={(value) => {
                    field.onChange(value);
                    recheck(field.name, Boolean(errors[i]?.amount));
                  }}
                  onBlur={field.onBlur}
                  error={message(errors[i]?.amount?.message)}
                  style={{ flex: '1 1 140px' }}
                />
              )}
            />
            <Controller
              control={control}
              name={`expenses.${i}.date`}
              render={({ field }) => (
                <DateInput
                  aria-label={t('campaigns.expenseDate')}
                  value={field.value as string | null}
                  onChange={field.onChange}
                  style={{ flex: '1 1 130px' }}
                />
              )}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('campaigns.removeLine')}
              onClick={() => remove(i)}
              mt={6}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => append({ item: '', amount: '', date: null })}>
            {t('campaigns.addExpense')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

function KeyMapLines() {
  const { t } = useTranslation();
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'keyMap' });
  const statuses = CAMPAIGN_MEMBER_STATUSES.map((s) => ({
    value: s,
    label: t(`campaigns.memberStatus.${s}`),
  }));
  return (
    <Fieldset legend={t('campaigns.fields.keyMap')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('campaigns.keyMapHint')}
      </Text>
      <Stack gap="xs">
        {fields.map((f, i) => (
          <Group key={f.id} wrap="nowrap">
            <TextInput
              aria-label={t('campaigns.key')}
              placeholder={t('campaigns.key')}
              w={90}
              {...register(`keyMap.${i}.key`)}
            />
            <Controller
              control={control}
              name={`keyMap.${i}.status`}
              render={({ field }) => (
                <Select
                  aria-label={t('campaigns.keyStatus')}
                  data={statuses}
                  value={field.value as string}
                  onChange={field.onChange}
                  allowDeselect={false}
                  w={200}
                />
              )}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('campaigns.removeLine')}
              onClick={() => remove(i)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => append({ key: '', status: 'CONFIRMED' })}>
            {t('campaigns.addKey')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
