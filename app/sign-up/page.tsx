import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import { SignUpForm } from '@/components/auth/sign-up-form';
import { getSessionUser } from '@/lib/auth/current-user';
import { env } from '@/lib/env';

import { signUpAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (!env.ALLOW_SIGNUP) notFound();
  if (await getSessionUser()) redirect('/');
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-center text-lg font-semibold tracking-tight">Create a Specboard account</h1>
      <p className="mt-1 text-center text-sm text-fg-muted">A workspace admin can then add you to their workspace.</p>
      <div className="mt-6 rounded-lg border border-line bg-surface p-5">
        <SignUpForm action={signUpAction} />
      </div>
      <p className="mt-4 text-center text-xs text-fg-muted">
        Have an account?{' '}
        <Link href="/sign-in" className="text-accent hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
