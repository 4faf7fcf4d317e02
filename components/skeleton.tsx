/** A grey placeholder block for loading states; it pulses only when the user allows motion. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`rounded bg-hover motion-safe:animate-pulse ${className}`} />;
}
