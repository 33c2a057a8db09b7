/** The results of a search as a list, one item each; nothing when there are none. */
export function ResultList<Item extends { id: string }>({
  items,
  className,
  render,
}: {
  items: Item[];
  className: string;
  render: (item: Item) => React.ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </ul>
  );
}
