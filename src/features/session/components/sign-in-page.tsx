import '@mantine/core/styles/PasswordInput.css'; // the one page with a password; Input's styles are in the entry
import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from '@/domain/zod';
import { isApiError } from '@/lib/api-client';
import { safeNext, signInReached } from '@/lib/auth';
import { useErrorMessage } from '@/lib/error-message';
import { signIn, type Credentials } from '../api/session';

/** The messages are keys of `session:signIn.fieldErrors`, shown in the page's language. */
const CredentialsSchema = z.object({
  email: z.email({ error: 'email' }),
  password: z.string().check(z.minLength(1, { error: 'password' })),
});

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];
const isField = (name: string | undefined): name is Field =>
  (FIELDS as readonly (string | undefined)[]).includes(name);

/**
 * Sign in (SPEC §4): email and password, `POST /session`, then back to `?next=` (a path of
 * this console only: `safeNext`). Wrong credentials, the rate limit with its wait, and a field
 * the server refused are said in the customer's words.
 *
 * `languageSwitch`: the header's language menu, passed in by the route (`app/routes/sign-in.tsx`;
 * a feature does not import the shell), so the language can be chosen before signing in and
 * the choice is the console's after it.
 */
export function SignInPage({ languageSwitch }: { languageSwitch?: ReactNode }) {
  const { t } = useTranslation('session');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = params.has('next');

  // the shell is gone: the next 401 may lead here again
  useEffect(signInReached, []);

  const form = useForm<Credentials>({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: schemaResolver(CredentialsSchema, { sync: true }),
  });
  const mutation = useMutation({
    mutationFn: (values: Credentials) => signIn(queryClient, values),
    // the cache was emptied: nothing to refresh
    meta: { invalidates: [] },
    onSuccess: () => void navigate(next, { replace: true }),
    onError: (error) => {
      if (isApiError(error) && error.code === 'VALIDATION_FAILED' && isField(error.field))
        form.setFieldError(error.field, error.field);
    },
  });

  const error = mutation.error;
  const besideField = isApiError(error) && error.code === 'VALIDATION_FAILED';
  const fieldError = (field: Field) => {
    const key = form.errors[field];
    return typeof key === 'string' && isField(key) ? t(`signIn.fieldErrors.${key}`) : undefined;
  };

  return (
    <Container component="main" size={420} pt={languageSwitch ? 'md' : 64} pb={64}>
      <title>{`${t('signIn.title')} · ${tc('app.name')}`}</title>
      {languageSwitch && (
        <Group justify="flex-end" mb="xl">
          {languageSwitch}
        </Group>
      )}
      <Paper withBorder p="xl" radius="md">
        <form
          noValidate
          onSubmit={form.onSubmit((values) => mutation.mutate(values))}
          aria-labelledby="sign-in-title"
        >
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} id="sign-in-title" size="h2">
                {t('signIn.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {expired ? t('signIn.expired') : t('signIn.description')}
              </Text>
            </Stack>
            {error && !besideField && (
              <Alert
                role="alert"
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
              >
                {isApiError(error) && error.code === 'RATE_LIMITED'
                  ? rateLimitMessage(error.details, t)
                  : isApiError(error) && error.code === 'INVALID_CREDENTIALS'
                    ? t('signIn.invalidCredentials')
                    : errorMessage(error)}
              </Alert>
            )}
            <TextInput
              {...form.getInputProps('email')}
              error={fieldError('email')}
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              data-autofocus
            />
            <PasswordInput
              {...form.getInputProps('password')}
              error={fieldError('password')}
              label={t('signIn.password')}
              autoComplete="current-password"
              required
            />
            <Button type="submit" loading={mutation.isPending} fullWidth>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

type T = ReturnType<typeof useTranslation<'session'>>['t'];

/** The wait the server names (`details.retryAfterSeconds`, also its `Retry-After`), rounded up to minutes past one. */
function rateLimitMessage(details: Record<string, unknown> | undefined, t: T): string {
  const seconds = details?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0)
    return t('signIn.rateLimited');
  const wait =
    seconds < 60
      ? t('signIn.waitSeconds', { count: Math.ceil(seconds) })
      : t('signIn.waitMinutes', { count: Math.ceil(seconds / 60) });
  return t('signIn.rateLimitedFor', { wait });
}
