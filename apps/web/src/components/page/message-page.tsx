import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from './page';

export interface MessagePageProps {
  /** Title of the screen, as in the menu. */
  title: string;
  heading: string;
  body: string;
  actions?: ReactNode;
  /** Where "Trở về" leads: a record that is not there sends the user back to its list. */
  back?: string;
}

/** A screen that only says something: not yet built, not found, not allowed. */
export function MessagePage({ title, heading, body, actions, back }: MessagePageProps) {
  return (
    <Page title={title} back={back}>
      {/* The page title is the h1 already; the same words again under it read as a glitch (issue 20.7). */}
      <EmptyState title={heading === title ? undefined : heading} description={body} py="xl">
        {actions}
      </EmptyState>
    </Page>
  );
}
