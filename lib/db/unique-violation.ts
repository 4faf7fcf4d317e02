// Unique constraints are the race-free check for "already exists": services create first and translate the
// violation, instead of checking first and racing a concurrent creator.
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Runs `create`, turning a unique-constraint violation into `toError()`. */
export async function createUnique<T>(create: () => Promise<T>, toError: () => Error): Promise<T> {
  try {
    return await create();
  } catch (error) {
    throw isUniqueViolation(error) ? toError() : error;
  }
}
