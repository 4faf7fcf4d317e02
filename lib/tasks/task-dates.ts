// Calendar dates (review date, completion target) travel as YYYY-MM-DD and are stored as DATE columns.
export function toDate(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}
