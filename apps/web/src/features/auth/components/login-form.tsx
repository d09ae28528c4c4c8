import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { LoginValues } from '@sen/shared';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/page';
import { isUiLanguage } from '../../../i18n';
import type * as LoginValidation from '../login-validation';

type Field = keyof LoginValues;
type FieldErrors = Partial<Record<Field, string>>;

let validation: Promise<typeof LoginValidation> | undefined;
/** The shared login schema (and zod with it), fetched once the visitor starts on the form. */
const loadValidation = () => (validation ??= import('../login-validation'));

export interface LoginFormProps {
  label: string;
  onSubmit: (values: LoginValues) => Promise<unknown>;
}

/**
 * The login form, without the form kit: react-hook-form and zod would more than double what the
 * login page downloads (issue 14). The same shared `loginSchema` still checks the input in the
 * browser, loaded when the visitor first focuses the form; the server checks it again.
 */
export function LoginForm({ label, onSubmit }: LoginFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<LoginValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [checked, setChecked] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  async function validate(next: LoginValues): Promise<FieldErrors> {
    const { loginSchema, translate } = await loadValidation();
    const result = loginSchema.safeParse(next);
    const found: FieldErrors = {};
    const locale = isUiLanguage(i18n.language) ? i18n.language : 'vi';
    for (const issue of result.error?.issues ?? []) {
      const field = issue.path[0] as Field;
      found[field] ??= translate(locale, issue.message);
    }
    return found;
  }

  function change(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (checked) {
      void validate(next).then(setErrors);
    }
  }

  /** What both inputs take alike: the name, the value and its change, the error, required. */
  function field(name: Field) {
    return {
      name,
      value: values[name],
      onChange: (event: ChangeEvent<HTMLInputElement>) => change(name, event.currentTarget.value),
      error: errors[name],
      withAsterisk: true,
      'aria-required': true,
    };
  }

  async function submit() {
    setFormError(null);
    setSubmitting(true);
    try {
      const found = await validate(values);
      setErrors(found);
      setChecked(true);
      const invalid = (Object.keys(found) as Field[])[0];
      if (invalid) {
        inputs.current[invalid]?.focus();
        return;
      }
      await onSubmit(values);
    } catch (error) {
      setFormError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form
      noValidate
      aria-label={label}
      onFocus={() => void loadValidation()}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {formError ? <ErrorAlert error={formError} /> : null}
        <TextInput
          ref={(el) => {
            inputs.current.email = el;
          }}
          {...field('email')}
          type="email"
          autoComplete="username"
          label={t('auth.email')}
        />
        <PasswordInput
          ref={(el) => {
            inputs.current.password = el;
          }}
          {...field('password')}
          autoComplete="current-password"
          label={t('auth.password')}
        />
        <Button type="submit" fullWidth mt="xs" loading={submitting}>
          {t('auth.login')}
        </Button>
      </Stack>
    </form>
  );
}
