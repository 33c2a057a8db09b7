import { SectionTabs } from "./section-tabs";

/** A section of pages under one heading, with tabs between them. */
export function SectionLayout({
  title,
  tabs,
  children,
}: {
  title: string;
  tabs: { href: string; label: string }[];
  children: React.ReactNode;
}) {
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      <SectionTabs label={title} tabs={tabs} />
      {children}
    </div>
  );
}
