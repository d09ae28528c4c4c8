import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDateTimeVi, formatDateVi } from '@sen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailFragment } from '../../../gql/graphql';
import { LevelBadge } from './level-badge';

export interface CustomerInfoTabProps {
  customer: CustomerDetailFragment;
}

interface ItemProps {
  label: string;
  children: ReactNode;
}

function Item({ label, children }: ItemProps) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="div" size="sm" c={empty ? 'dimmed' : undefined}>
        {empty ? '—' : children}
      </Text>
    </div>
  );
}

export function CustomerInfoTab({ customer: c }: CustomerInfoTabProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
          <Item label={t('customers.fields.code')}>{c.code}</Item>
          <Item label={t('customers.fields.kind')}>{t(`customers.kinds.${c.kind}`)}</Item>
          <Item label={t('customers.fields.level')}>
            <LevelBadge level={c.level} />
          </Item>
          <Item label={t('customers.fields.email')}>{c.email}</Item>
          <Item label={t('customers.fields.phone')}>{c.phone}</Item>
          <Item label={t('customers.fields.fax')}>{c.fax}</Item>
          <Item label={t('customers.fields.taxCode')}>{c.taxCode}</Item>
          <Item label={t('customers.fields.website')}>{c.website}</Item>
          <Item label={t('customers.fields.foundedOn')}>
            {c.foundedOn ? formatDateVi(c.foundedOn) : null}
          </Item>
          <Item label={t('customers.fields.officeAddress')}>{c.officeAddress}</Item>
          <Item label={t('customers.fields.businessAddress')}>{c.businessAddress}</Item>
          <Item label={t('customers.fields.industry')}>{c.industry?.name}</Item>
          <Item label={t('customers.fields.scale')}>{c.scale?.name}</Item>
          <Item label={t('customers.fields.source')}>{c.source?.name}</Item>
          <Item label={t('customers.fields.groups')}>{c.groups.map((g) => g.name).join(', ')}</Item>
          <Item label={t('customers.fields.labels')}>
            {c.labels.length ? (
              <Group gap={4}>
                {c.labels.map((label) => (
                  <Badge key={label} size="sm" variant="outline" color="gray" tt="none">
                    {label}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Item>
          <Item label={t('customers.fields.owner')}>{c.owner.name}</Item>
          <Item label={t('customers.fields.sharedWith')}>{c.sharedWith.map((u) => u.name).join(', ')}</Item>
          <Item label={t('customers.fields.createdAt')}>{formatDateVi(c.createdAt)}</Item>
          <Item label={t('customers.fields.updatedAt')}>{formatDateTimeVi(c.updatedAt)}</Item>
        </SimpleGrid>
        <Item label={t('customers.fields.description')}>
          {c.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span> : null}
        </Item>
      </Stack>
    </Paper>
  );
}
