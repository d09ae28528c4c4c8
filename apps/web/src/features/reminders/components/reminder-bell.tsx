import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { formatDateVi } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReminderKind, RemindersQuery } from '../../../gql/graphql';
import { useReminders } from '../api/reminders';
import { GreetingDialog } from './greeting-dialog';

type Reminder = RemindersQuery['reminders'][number];

const ORDER: ReminderKind[] = [
  'TASK_DUE',
  'EMPLOYEE_BIRTHDAY',
  'CUSTOMER_ANNIVERSARY',
  'CONTACT_BIRTHDAY',
  'CONTRACT_EXPIRY',
  'PAYMENT_DUE',
];
const GREETABLE: ReminderKind[] = ['EMPLOYEE_BIRTHDAY', 'CUSTOMER_ANNIVERSARY', 'CONTACT_BIRTHDAY'];

function linkOf(r: Reminder): string | null {
  switch (r.kind) {
    case 'CUSTOMER_ANNIVERSARY':
      return `/customers/${r.recordId}`;
    case 'CONTACT_BIRTHDAY':
      return `/contacts/${r.recordId}`;
    case 'TASK_DUE':
      return `/activities/${r.recordId}`;
    case 'CONTRACT_EXPIRY':
    case 'PAYMENT_DUE':
      return `/contracts/${r.recordId}`;
    case 'EMPLOYEE_BIRTHDAY':
      return null;
    default: {
      const never: never = r.kind;
      return never;
    }
  }
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** REM-04: the header bell with the count, and the panel grouped by kind. */
export function ReminderBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [greeting, setGreeting] = useState<Reminder | null>(null);
  const reminders = useReminders().data?.reminders ?? [];
  const groups = ORDER.map((kind) => ({ kind, items: reminders.filter((r) => r.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <>
      <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" shadow="md">
        {/* The button itself is the target (aria-expanded belongs on it, not on a div around it). */}
        <Indicator label={reminders.length} size={16} disabled={reminders.length === 0} color="red">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t('reminders.bell', { count: reminders.length })}
              onClick={() => setOpened((o) => !o)}
            >
              <BellIcon />
            </ActionIcon>
          </Popover.Target>
        </Indicator>
        <Popover.Dropdown>
          <section aria-label={t('reminders.title')}>
            <Text fw={600} mb="xs">
              {t('reminders.title')}
            </Text>
            {groups.length === 0 ? <Text c="dimmed">{t('reminders.empty')}</Text> : null}
            <ScrollArea.Autosize mah={420}>
              <Stack gap="sm">
                {groups.map((g) => (
                  <section key={g.kind} aria-label={t(`reminders.kinds.${g.kind}`)}>
                    <Group gap={6} mb={4}>
                      <Text size="sm" fw={600}>
                        {t(`reminders.kinds.${g.kind}`)}
                      </Text>
                      <Badge size="sm" variant="light">
                        {g.items.length}
                      </Badge>
                    </Group>
                    <Stack gap={4}>
                      {g.items.map((r) => {
                        const to = linkOf(r);
                        return (
                          <Group
                            key={`${r.kind}-${r.recordId}`}
                            justify="space-between"
                            wrap="nowrap"
                            gap="xs"
                          >
                            <div>
                              {to ? (
                                <Anchor component={Link} to={to} size="sm" onClick={() => setOpened(false)}>
                                  {r.title}
                                </Anchor>
                              ) : (
                                <Text size="sm">{r.title}</Text>
                              )}
                              <Text size="xs" c="dimmed">
                                {formatDateVi(r.date)}
                                {r.subtitle ? ` · ${r.subtitle}` : ''}
                              </Text>
                            </div>
                            {GREETABLE.includes(r.kind) && r.email ? (
                              <Button size="compact-xs" variant="light" onClick={() => setGreeting(r)}>
                                {t('reminders.greet')}
                              </Button>
                            ) : null}
                          </Group>
                        );
                      })}
                    </Stack>
                  </section>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </section>
        </Popover.Dropdown>
      </Popover>
      {greeting ? <GreetingDialog reminder={greeting} onClose={() => setGreeting(null)} /> : null}
    </>
  );
}
