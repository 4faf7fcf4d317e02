// Maps a GitHub or OIDC identity to a Specboard user: an identity linked before, else an existing user with the same
// email when the provider vouches that the email is verified, else a new user when open sign-up is on. Otherwise
// sign-in is refused: an unverified email must never take over the account that owns it.
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

export async function userForOAuthIdentity(identity: {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  isEmailVerified: boolean;
  name?: string | null;
}): Promise<string | null> {
  const db = await prisma();
  const linked = await db.oAuthAccount.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    include: { user: { select: { id: true, isDisabled: true } } },
  });
  if (linked) return linked.user.isDisabled ? null : linked.user.id;
  const email = identity.email?.trim().toLowerCase();
  if (!email) return null;
  const existing = await db.user.findUnique({ where: { email } });
  if (existing && (existing.isDisabled || !identity.isEmailVerified)) return null;
  if (!existing && !env.ALLOW_SIGNUP) return null;
  const user = existing ?? (await db.user.create({ data: { email, name: identity.name?.trim() || email } }));
  await db.oAuthAccount.create({
    data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
  });
  return user.id;
}
