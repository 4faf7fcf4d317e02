import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { SignInForm } from '@/components/auth/sign-in-form';
import { enabledOAuthProviders, signInErrors } from '@/lib/auth/auth-options';
import { getSessionUser } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Notices other pages send here with `?notice=`. */
const notices: Record<string, string> = {
  'invite-accepted': 'Invitation accepted. Sign in to open the workspace.',
  'signed-up': 'Account created. Sign in with your email and password.',
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeNextPath(first(params.next));
  if (await getSessionUser()) redirect(callbackUrl);
  const errorCode = first(params.error);
  const errorMessage = errorCode
    ? (signInErrors[errorCode as keyof typeof signInErrors] ?? 'Sign-in did not work. Try again.')
    : undefined;
  const notice = notices[first(params.notice) ?? ''];

  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-center text-lg font-semibold tracking-tight">Sign in to Specboard</h1>
      <p className="mt-1 text-center text-sm text-fg-muted">Use the email and password your admin set up for you.</p>
      <div className="mt-6 rounded-lg border border-line bg-surface p-5">
        <SignInForm
          callbackUrl={callbackUrl}
          providers={enabledOAuthProviders()}
          errorMessages={signInErrors}
          initialError={errorMessage}
          notice={notice}
        />
      </div>
      <p className="mt-4 text-center text-xs text-fg-muted">
        {env.ALLOW_SIGNUP ? (
          <>
            No account?{' '}
            <Link href="/sign-up" className="text-accent hover:underline">
              Create one
            </Link>
          </>
        ) : (
          'No account? Ask a workspace admin for an invitation link.'
        )}
      </p>
    </div>
  );
}
