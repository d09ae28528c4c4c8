import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from './page';

export interface MessagePageProps {
  /** Title of the screen, as in the menu. */
  title: string;
  heading: string;
  body: string;
  actions?: ReactNode;
}

/** A screen that only says something: not yet built, not found, not allowed. */
export function MessagePage({ title, heading, body, actions }: MessagePageProps) {
  return (
    <Page title={title}>
      <EmptyState title={heading} description={body} py="xl">
        {actions}
      </EmptyState>
    </Page>
  );
}
