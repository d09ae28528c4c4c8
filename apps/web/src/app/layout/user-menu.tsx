import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout, useSession } from '../session';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSession();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px={{ base: 4, sm: 'md' }}
          aria-label={t('auth.userMenu', { name: user.name })}
        >
          {/* A phone shows the initials: the name would push the header past the screen. */}
          <Avatar hiddenFrom="sm" size="sm" color="teal" name={user.name} aria-hidden />
          <Text visibleFrom="sm" size="sm" fw={500} truncate maw={180}>
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email} · {t(`roles.${user.role}`)}
        </Menu.Label>
        <Menu.Item component={Link} to="/account/password">
          {t('account.changePassword')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/api-tokens">
          {t('account.apiTokens')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void logout()}>
          {t('auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
