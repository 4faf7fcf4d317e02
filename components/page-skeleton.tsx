import { Skeleton } from './skeleton';

const widths = ['w-2/3', 'w-1/2', 'w-3/4', 'w-2/5', 'w-3/5', 'w-1/2'];

/** A loading placeholder: a heading and a table (list pages) or a centred card (sign-in, invitation). */
export function PageSkeleton({ label, variant = 'table' }: { label: string; variant?: 'table' | 'card' }) {
  if (variant === 'card') {
    return (
      <div role="status" className="mx-auto max-w-sm space-y-4 py-10">
        <span className="sr-only">{label}</span>
        <Skeleton className="mx-auto h-6 w-48" />
        <div className="space-y-3 rounded-lg border border-line bg-surface p-5">
          <Skeleton className="h-3 w-16" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-3 w-20" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      </div>
    );
  }
  return (
    <div role="status" className="max-w-5xl space-y-4">
      <span className="sr-only">{label}</span>
      <Skeleton className="h-6 w-32" />
      <Skeleton className="h-4 w-80" />
      <div className="overflow-hidden rounded-lg border border-line">
        <div className="h-8 border-b border-line bg-surface" />
        {widths.map((width, index) => (
          <div key={index} className="flex h-10 items-center gap-6 border-b border-line px-3 last:border-b-0">
            <div className="flex-1">
              <Skeleton className={`h-3 ${width}`} />
            </div>
            <Skeleton className="h-3 w-40" />
            <Skeleton className="h-3 w-24" />
          </div>
        ))}
      </div>
    </div>
  );
}
