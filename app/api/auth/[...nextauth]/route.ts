// GET/POST /api/auth/* – next-auth's sign-in, callback and sign-out endpoints.
import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';

import { getAuthOptions } from '@/lib/auth/auth-options';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, await getAuthOptions());
}

export { handler as GET, handler as POST };
