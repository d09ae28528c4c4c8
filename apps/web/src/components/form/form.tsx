import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { fieldErrors } from '../../lib/errors';
import { ErrorAlert } from '../page';

export interface FormProps<S extends z.ZodType<FieldValues, FieldValues>> {
  /** The shared zod schema of the input (packages/shared/validation): one rule set, both sides. */
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** Receives the parsed values; throw the mutation's error to have it shown. */
  onSubmit: (values: z.output<S>) => Promise<unknown>;
  children: ReactNode;
  /** Accessible name of the form. */
  label?: string;
  /** Server field name → form field name, where they differ. */
  fieldMap?: Record<string, string>;
}

export function Form<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  defaultValues,
  onSubmit,
  children,
  label,
  fieldMap,
}: FormProps<S>) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onTouched',
  });
  const [formError, setFormError] = useState<unknown>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const names = new Set([...Object.keys(defaultValues ?? {}), ...Object.keys(form.getValues())]);
      const errors = fieldErrors(error);
      let placed = 0;
      for (const { field, message } of errors) {
        const name = fieldMap?.[field] ?? field;
        if (names.has(name)) {
          form.setError(name as Path<z.input<S>>, { type: 'server', message }, { shouldFocus: placed === 0 });
          placed += 1;
        }
      }
      if (placed === 0 || placed < errors.length) {
        setFormError(error);
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label={label}
        onSubmit={(event) => {
          // A dialog's form is rendered in a portal but still bubbles through React's tree.
          event.stopPropagation();
          void submit(event);
        }}
      >
        <Stack gap="sm">
          {formError ? <ErrorAlert error={formError} /> : null}
          {children}
        </Stack>
      </form>
    </FormProvider>
  );
}
