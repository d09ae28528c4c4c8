import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageActions } from './page-actions';

export interface PageProps {
  title: string;
  subtitle?: string;
  /** Buttons on the right of the title ("Thêm mới", …). */
  actions?: ReactNode;
  /** Where "Trở về" leads (a record's page back to its list), the first of the actions. */
  back?: string;
  children?: ReactNode;
}

export function Page({ title, subtitle, actions, back, children }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {subtitle ? (
            <Text c="dimmed" size="sm">
              {subtitle}
            </Text>
          ) : null}
        </div>
        {actions || back ? (
          <PageActions>
            {back ? (
              <Button variant="default" component={Link} to={back}>
                {t('common.back')}
              </Button>
            ) : null}
            {actions}
          </PageActions>
        ) : null}
      </Group>
      {children}
    </Stack>
  );
}
