import { NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { canSee, NAVIGATION } from '../navigation';
import { useSession } from '../session';

export interface SidebarProps {
  onNavigate?: () => void;
}

export function Sidebar({ onNavigate }: SidebarProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const { pathname } = useLocation();
  const isActive = (to: string) => pathname === to || pathname.startsWith(`${to}/`);

  return (
    <Stack gap="md">
      {NAVIGATION.map((group, index) => {
        const items = group.items.filter((item) => canSee(item.roles, role));
        if (items.length === 0) {
          return null;
        }
        return (
          <div key={group.label ?? index}>
            {group.label ? (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                {t(group.label)}
              </Text>
            ) : null}
            {items.map((item) => (
              <MantineNavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={isActive(item.to)}
                aria-current={isActive(item.to) ? 'page' : undefined}
                onClick={onNavigate}
                variant="light"
              />
            ))}
          </div>
        );
      })}
    </Stack>
  );
}
