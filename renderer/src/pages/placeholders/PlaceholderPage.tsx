import { PLACEHOLDER_TEXT } from './strings';

interface Props {
  section: 'quality' | 'analysis' | 'documents';
}

/** A section not built yet: says in one paragraph what it will do. */
export function PlaceholderPage({ section }: Props) {
  const { title, text } = PLACEHOLDER_TEXT[section];
  return (
    <section className="placeholder-page" aria-labelledby={`placeholder-${section}`}>
      <h1 id={`placeholder-${section}`}>{title}</h1>
      <p className="placeholder-page__badge">{PLACEHOLDER_TEXT.soon}</p>
      <p className="placeholder-page__text">{text}</p>
    </section>
  );
}
