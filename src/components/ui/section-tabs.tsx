import { Link } from 'react-router';

export interface SectionTab {
  key: string;
  label: string;
  /** Null when the section cannot be opened yet (shown, but not a link). */
  href: string | null;
  /** `page` on the section's own page, `true` on a page inside it, absent elsewhere. */
  current?: 'page' | 'true' | undefined;
}

/** The sections of an area as links; `aria-current` marks where the user is, not only the underline. */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly SectionTab[] }) {
  return (
    <nav className="section-tabs" aria-label={label}>
      <ul className="section-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.key}>
            {tab.href === null ? (
              <span className="section-tabs__link section-tabs__link--off">{tab.label}</span>
            ) : (
              <Link className="section-tabs__link" to={tab.href} aria-current={tab.current}>
                {tab.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
