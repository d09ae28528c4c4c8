import { Button, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Children, Fragment, isValidElement, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageActionsProps {
  children: ReactNode;
}

/** The page's buttons as a flat list (a fragment's children count one by one). */
function flatten(children: ReactNode): ReactNode[] {
  return Children.toArray(children).flatMap((child) =>
    isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment
      ? flatten(child.props.children)
      : [child],
  );
}

/**
 * A page's buttons: in a row on a wide screen; on a phone the last one (the page's main action,
 * "Thêm mới") stays and the others go into one "Thêm thao tác" sheet (issue 20.4).
 */
export function PageActions({ children }: PageActionsProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [opened, { open, close }] = useDisclosure(false);
  const actions = flatten(children);
  if (!phone || actions.length <= 2) {
    return <Group gap="sm">{actions}</Group>;
  }
  const main = actions[actions.length - 1];
  // A button or link in the sheet closes it; one that opens its own menu (export) does not.
  const closeOnAction = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest('a, button');
    if (target && !target.hasAttribute('aria-haspopup')) {
      close();
    }
  };
  return (
    <Group gap="sm" wrap="nowrap">
      <Button variant="default" onClick={open} aria-haspopup="dialog" aria-expanded={opened}>
        {t('page.moreActions')}
      </Button>
      {main}
      <Drawer
        opened={opened}
        onClose={close}
        position="bottom"
        title={t('page.moreActions')}
        // A sheet as tall as its buttons, not the whole screen.
        styles={{ content: { flex: '0 0 auto', height: 'auto' } }}
      >
        <Stack gap="xs" pb="md" onClickCapture={closeOnAction} className="sen-page-actions-sheet">
          {actions.slice(0, -1)}
        </Stack>
      </Drawer>
    </Group>
  );
}
