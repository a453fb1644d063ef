import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Session } from '@/api/schemas/session';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useLogin } from '../mutations';

interface LoginValues {
  email: string;
  password: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface LoginFormProps {
  onSignedIn: (session: Session) => void;
  defaultEmail?: string;
}

export function LoginForm({ onSignedIn, defaultEmail = '' }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginValues>({ defaultValues: { email: defaultEmail, password: '' }, shouldFocusError: true });

  const submit = handleSubmit((values) =>
    login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn }),
  );

  const failure = login.error;
  const failureText =
    failure === null
      ? null
      : isApiError(failure) && (failure.status === 401 || failure.status === 422)
        ? t('login.invalidCredentials')
        : isApiError(failure) && failure.status === 0
          ? t('errors.network')
          : t('errors.generic');

  return (
    <form onSubmit={submit} noValidate aria-describedby={failureText ? 'login-failure' : undefined}>
      {failureText ? (
        <div id="login-failure">
          <Alert tone="danger" live="assertive">
            {failureText}
          </Alert>
        </div>
      ) : null}
      <TextField
        label={t('login.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        error={errors.email?.message}
        {...register('email', {
          required: t('login.emailRequired'),
          pattern: { value: EMAIL_PATTERN, message: t('login.emailInvalid') },
        })}
      />
      <TextField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password', { required: t('login.passwordRequired') })}
      />
      <Button type="submit" busy={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
