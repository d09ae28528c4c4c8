import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFormState } from 'react-hook-form';

export interface SubmitButtonProps extends Omit<ButtonProps, 'type' | 'loading'> {
  children: ReactNode;
}

/** A submit button that shows the form's pending state (for forms that are not create/edit). */
export function SubmitButton({ children, ...props }: SubmitButtonProps) {
  const { isSubmitting } = useFormState();
  return (
    <Button {...props} type="submit" loading={isSubmitting}>
      {children}
    </Button>
  );
}
