/**
 * Free text from the document. It may contain Markdown; until a sanitising Markdown renderer exists it is shown as
 * plain text with its line breaks kept (React escapes it, so no stored text can inject markup).
 */
export function TextBlock({ text, className = '' }: { text: string; className?: string }) {
  return <p className={`break-words whitespace-pre-wrap ${className}`}>{text}</p>;
}
