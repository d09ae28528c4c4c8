import { NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { canSee, isUnder, NAVIGATION, SHARED_PAGES } from '../navigation';
import { useSession } from '../session';

const LAST_ENTRY_KEY = 'sen.menuEntry';

function lastEntry(): string | null {
  try {
    return sessionStorage.getItem(LAST_ENTRY_KEY);
  } catch {
    return null;
  }
}

/** The menu entry to highlight: the page's own, or for a page shared by several lists the one it was opened from. */
function activeEntry(entries: string[], pathname: string, search: string): string | undefined {
  const own = entries.find((to) => isUnder(pathname, to));
  if (own) {
    return own;
  }
  const shared = SHARED_PAGES.find((page) => isUnder(pathname, page.path));
  const candidates = shared?.entries.filter((to) => entries.includes(to)) ?? [];
  const tab = new URLSearchParams(search).get('tab');
  const last = lastEntry();
  return candidates.find((to) => to === `/${tab}`) ?? candidates.find((to) => to === last) ?? candidates[0];
}

export interface SidebarProps {
  onNavigate?: () => void;
}

export function Sidebar({ onNavigate }: SidebarProps) {
  const { t } = useTranslation();
  const { role } = useSession();
  const { pathname, search } = useLocation();
  const visible = NAVIGATION.flatMap((group) => group.items)
    .filter((item) => canSee(item.roles, role))
    .map((item) => item.to);
  const active = activeEntry(visible, pathname, search);
  const isActive = (to: string) => to === active;

  useEffect(() => {
    if (active) {
      try {
        sessionStorage.setItem(LAST_ENTRY_KEY, active);
      } catch {
        // No storage: shared pages highlight their first entry.
      }
    }
  }, [active]);

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
