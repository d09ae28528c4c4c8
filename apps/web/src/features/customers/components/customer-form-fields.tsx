import { SimpleGrid, Text } from '@mantine/core';
import { canSetManually, CUSTOMER_LEVELS } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { DateField, SelectField, TextField } from '../../../components/form';
import type { CategoryKind, CustomerLevel } from '../../../gql/graphql';
import { useCustomerCategories } from '../api/customer-categories';
import { useCustomerLabels } from '../api/customer-labels';
import { useCustomerUserOptions } from '../api/customer-user-options';
import { TagsField, TextareaField } from '../../../components/form';
import { GroupField } from './group-field';

export interface CustomerFormFieldsProps {
  mode: 'create' | 'edit';
  /** PAR-02: the code is typed only in MANUAL mode. */
  manualCode: boolean;
  /** PAR-03: the created date is typed only in MANUAL mode. */
  manualCreatedDate: boolean;
  /** Example of the next automatic code, e.g. KH000123. */
  codeExample?: string;
  /** DUP-01 required fields, marked `*`. */
  required: ReadonlySet<string>;
  /** Edit: the saved level, which stays offered beside the ones set by hand (CUS-03). */
  currentLevel?: CustomerLevel;
  /** Admins and managers pick the owner of a new customer; staff own what they create. */
  canPickOwner: boolean;
  canAddGroup: boolean;
}

interface CategorySelectProps {
  name: string;
  kind: CategoryKind;
  label: string;
  required: boolean;
}

function CategorySelect({ name, kind, label, required }: CategorySelectProps) {
  const { data } = useCustomerCategories(kind);
  return (
    <SelectField
      name={name}
      label={label}
      data={(data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
      searchable
      required={required}
    />
  );
}

/** Every field of a customer (SPEC §2), shared by "Thêm mới" and "Sửa". */
export function CustomerFormFields({
  mode,
  manualCode,
  manualCreatedDate,
  codeExample,
  required,
  currentLevel,
  canPickOwner,
  canAddGroup,
}: CustomerFormFieldsProps) {
  const { t } = useTranslation();
  const labels = useCustomerLabels().data?.customerLabels ?? [];
  const users = useCustomerUserOptions().options;
  const req = (field: string) => required.has(field);
  const levels = CUSTOMER_LEVELS.filter(
    (level) => level === currentLevel || (currentLevel && canSetManually(currentLevel, level)),
  ).map((level) => ({ value: level, label: t(`customers.levels.${level}`) }));

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {manualCode ? (
          <TextField
            name="code"
            label={t('customers.fields.code')}
            required={mode === 'create'}
            autoComplete="off"
          />
        ) : null}
        <TextField name="name" label={t('customers.fields.name')} required autoComplete="off" />
        <SelectField
          name="kind"
          label={t('customers.fields.kind')}
          data={(['B2B', 'B2C'] as const).map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
          required
        />
        {mode === 'edit' ? (
          <SelectField
            name="level"
            label={t('customers.fields.level')}
            data={levels}
            description={t('customers.levelHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
          />
        ) : null}
        <TextField name="email" label={t('customers.fields.email')} type="email" required={req('email')} />
        <TextField name="phone" label={t('customers.fields.phone')} type="tel" required={req('phone')} />
        <TextField name="fax" label={t('customers.fields.fax')} type="tel" required={req('fax')} />
        <TextField name="taxCode" label={t('customers.fields.taxCode')} required={req('taxCode')} />
        <TextField name="website" label={t('customers.fields.website')} required={req('website')} />
        <DateField name="foundedOn" label={t('customers.fields.foundedOn')} required={req('foundedOn')} />
        <TextField
          name="officeAddress"
          label={t('customers.fields.officeAddress')}
          required={req('officeAddress')}
        />
        <TextField
          name="businessAddress"
          label={t('customers.fields.businessAddress')}
          required={req('businessAddress')}
        />
        <CategorySelect
          name="industryId"
          kind="INDUSTRY"
          label={t('customers.fields.industry')}
          required={req('industryId')}
        />
        <CategorySelect
          name="scaleId"
          kind="SCALE"
          label={t('customers.fields.scale')}
          required={req('scaleId')}
        />
        <CategorySelect
          name="sourceId"
          kind="SOURCE"
          label={t('customers.fields.source')}
          required={req('sourceId')}
        />
        <GroupField required={req('groupIds')} canAdd={canAddGroup} />
        <TagsField
          name="labels"
          label={t('customers.fields.labels')}
          data={labels}
          description={t('customers.labelsHint')}
          clearable
        />
        {mode === 'create' && canPickOwner ? (
          <SelectField name="ownerId" label={t('customers.fields.owner')} data={users} searchable required />
        ) : null}
        {manualCreatedDate ? (
          <DateField name="createdAt" label={t('customers.fields.createdAt')} required={mode === 'create'} />
        ) : null}
      </SimpleGrid>
      <TextareaField
        name="description"
        label={t('customers.fields.description')}
        required={req('description')}
      />
      {!manualCode && mode === 'create' ? (
        <Text size="sm" c="dimmed">
          {t('customers.codeAuto', { example: codeExample ?? 'KH000001' })}
          {manualCreatedDate ? null : ` ${t('customers.createdAtAuto')}`}
        </Text>
      ) : null}
    </>
  );
}
