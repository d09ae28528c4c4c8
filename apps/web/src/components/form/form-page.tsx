import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { Page } from '../page';
import { Form, type FormProps } from './form';
import { FormActions, type FormActionsProps } from './form-actions';

export interface FormCardProps<S extends z.ZodType<FieldValues, FieldValues>>
  extends FormProps<S>, FormActionsProps {
  /** How wide the card grows at most; a short form reads better narrow. */
  maw?: number;
}

/** A record's form on its bordered card: the fields, then "Lưu"/"Cập nhật" and "Trở về". */
export function FormCard<S extends z.ZodType<FieldValues, FieldValues>>({
  maw,
  mode,
  onBack,
  children,
  ...form
}: FormCardProps<S>) {
  return (
    <Paper withBorder p="lg" maw={maw}>
      <Form {...form}>
        {children}
        <FormActions mode={mode} onBack={onBack} />
      </Form>
    </Paper>
  );
}

export interface FormPageProps<S extends z.ZodType<FieldValues, FieldValues>> extends FormCardProps<S> {
  /** The page's title, and the form's accessible name unless `label` says otherwise. */
  title: string;
  subtitle?: string;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  /** What the page shows under the form (an opportunity's quotes, …). */
  after?: ReactNode;
}

/** A create or edit page: its title over the record's form card. */
export function FormPage<S extends z.ZodType<FieldValues, FieldValues>>({
  title,
  subtitle,
  actions,
  after,
  label,
  ...card
}: FormPageProps<S>) {
  return (
    <Page title={title} subtitle={subtitle} actions={actions}>
      <FormCard label={label ?? title} {...card} />
      {after}
    </Page>
  );
}
