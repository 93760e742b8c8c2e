/** A stored text whose paragraphs are separated by blank lines, as paragraphs. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className}>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="mt-2 first:mt-0">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
