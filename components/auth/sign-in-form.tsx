'use client';

import { signIn } from 'next-auth/react';
import { type FormEvent, useRef, useState } from 'react';

import { FormMessage } from '@/components/forms/form-message';
import { primaryButtonClass, secondaryButtonClass } from '@/components/forms/styles';
import { TextField } from '@/components/forms/text-field';

type Props = {
  /** Already checked by `safeNextPath`: a path on this site. */
  callbackUrl: string;
  providers: Array<{ id: string; name: string }>;
  errorMessages: Record<string, string>;
  initialError?: string;
  notice?: string;
};

/** Email and password sign-in through next-auth, plus a button per configured single sign-on provider. */
export function SignInForm({ callbackUrl, providers, errorMessages, initialError, notice }: Props) {
  const passwordRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState(initialError);
  const [isPending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
      callbackUrl,
    }).catch(() => undefined);
    if (!result?.ok || result.error) {
      setError((result?.error && errorMessages[result.error]) || 'Sign-in did not work. Try again.');
      setPending(false);
      passwordRef.current?.select();
      return;
    }
    // A full navigation, so the layout (header, workspace) renders again with the new session cookie.
    window.location.assign(callbackUrl);
  }

  return (
    <div className="space-y-4">
      {error ? (
        <FormMessage state={{ message: error }} />
      ) : notice ? (
        <FormMessage state={{ ok: true, message: notice }} />
      ) : null}
      <form onSubmit={submit} className="space-y-3" aria-label="Sign in with email">
        <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus />
        <TextField
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={isPending} className={`${primaryButtonClass} w-full`}>
          {isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {providers.length > 0 ? (
        <div className="space-y-2 border-t border-line pt-4">
          {providers.map((provider) => (
            <button
              key={provider.id}
              type="button"
              onClick={() => signIn(provider.id, { callbackUrl })}
              className={`${secondaryButtonClass} w-full`}
            >
              Continue with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
