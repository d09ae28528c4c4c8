import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { notifyDone } from '../../lib/notify';
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

/** What a form page's save answers once it went through: the notice, and where to go (back, unless `to`). */
export type FormSaved = { notice: string; to?: string; replace?: boolean } | null | undefined | void;

export interface FormPageProps<S extends z.ZodType<FieldValues, FieldValues>> extends Omit<
  FormCardProps<S>,
  'onBack' | 'onSubmit'
> {
  /** The page's title, and the form's accessible name unless `label` says otherwise. */
  title: string;
  subtitle?: string;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  /** What the page shows under the form (an opportunity's quotes, …). */
  after?: ReactNode;
  /** Where "Trở về" and a save go: a path, or -1 for the page before. */
  backTo: string | -1;
  /** Saves the parsed values; a notice answered is shown, then the page goes back (or to `to`). */
  onSubmit: (values: z.output<S>) => Promise<FormSaved>;
}

/** A create or edit page: its title over the record's form card. */
export function FormPage<S extends z.ZodType<FieldValues, FieldValues>>({
  title,
  subtitle,
  actions,
  after,
  label,
  backTo,
  onSubmit,
  ...card
}: FormPageProps<S>) {
  const navigate = useNavigate();
  const back = () => void (backTo === -1 ? navigate(-1) : navigate(backTo));
  return (
    <Page title={title} subtitle={subtitle} actions={actions}>
      <FormCard
        label={label ?? title}
        onBack={back}
        onSubmit={async (values) => {
          const saved = await onSubmit(values);
          if (saved) {
            notifyDone(saved.notice);
            if (saved.to) {
              // Still submitting until the record's page is there: no second save meanwhile.
              await navigate(saved.to, { replace: saved.replace });
            } else {
              back();
            }
          }
        }}
        {...card}
      />
      {after}
    </Page>
  );
}
