import { Anchor, Burger, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReminderBell } from '../../features/reminders/routes';
import { HeaderLanguageSwitch } from './header-language-switch';
import { UserMenu } from './user-menu';

export interface AppHeaderProps {
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

export function AppHeader({ navbarOpened, onToggleNavbar }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('nav.openMenu')}
        />
        <Anchor
          component={Link}
          to="/"
          fw={800}
          fz="lg"
          c="teal.9"
          underline="never"
          style={{ whiteSpace: 'nowrap' }}
        >
          {t('app.name')}
        </Anchor>
      </Group>
      <Group gap={4} wrap="nowrap">
        <ReminderBell />
        <HeaderLanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
