import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewRowView } from '../preview-model';
import { PreviewRow } from './preview-row';

/** Up to this many rows render plainly; beyond it only the rows in view are in the DOM. */
const VIRTUALISE_FROM = 300;
const ESTIMATED_ROW_PX = 52;

interface PreviewTableProps {
  rows: PreviewRowView[];
  fileName: string;
}

/** Fixed widths, so columns do not jump as rows of different lengths scroll in and out of view. */
function PreviewColumns() {
  return (
    <colgroup>
      <col className="import-table__col-row" />
      <col className="import-table__col-id" />
      <col className="import-table__col-project" />
      <col className="import-table__col-action" />
      <col />
    </colgroup>
  );
}

function PreviewHead() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="data-table__num">
          {t('organizer.applications.import.preview.row')}
        </th>
        <th scope="col">{t('organizer.applications.import.preview.id')}</th>
        <th scope="col">{t('organizer.applications.import.preview.project')}</th>
        <th scope="col">{t('organizer.applications.import.preview.action')}</th>
        <th scope="col">{t('organizer.applications.import.preview.details')}</th>
      </tr>
    </thead>
  );
}

function Spacer({ height }: { height: number }) {
  return height > 0 ? (
    <tr aria-hidden="true">
      <td colSpan={5} className="import-table__spacer" style={{ height }} />
    </tr>
  ) : null;
}

/**
 * Thousands of rows scroll inside their own box with only the rows in view in the DOM (5,000 rows stay
 * responsive); `aria-rowcount`/`aria-rowindex` still tell screen readers where they are. The virtualiser
 * lives in the component that renders the scroll box, so the box's ref is attached before it measures.
 */
function VirtualPreviewTable({ rows, fileName }: PreviewTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change identity as it measures; this component is simply not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 12,
    initialRect: { width: 1200, height: 640 },
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const caption = t('organizer.applications.import.preview.caption', { name: fileName });
  return (
    <div
      ref={scrollRef}
      className="data-table-wrap import-table-wrap--scroll"
      // A scrolling region must be reachable by keyboard to be scrolled without a mouse (axe:
      // scrollable-region-focusable); it is a named region, not a widget.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="data-table import-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <PreviewColumns />
        <PreviewHead />
        <tbody>
          <Spacer height={before} />
          {items.map((item) => {
            const row = rows[item.index];
            return row === undefined ? null : (
              <PreviewRow
                key={item.key}
                ref={virtualizer.measureElement}
                dataIndex={item.index}
                rowIndex={item.index + 2}
                row={row}
              />
            );
          })}
          <Spacer height={after} />
        </tbody>
      </table>
    </div>
  );
}

/** Every row of the file with its verdict. */
export function PreviewTable({ rows, fileName }: PreviewTableProps) {
  const { t } = useTranslation();
  if (rows.length >= VIRTUALISE_FROM) return <VirtualPreviewTable rows={rows} fileName={fileName} />;
  return (
    <div className="data-table-wrap">
      <table className="data-table import-table">
        <caption className="visually-hidden">
          {t('organizer.applications.import.preview.caption', { name: fileName })}
        </caption>
        <PreviewColumns />
        <PreviewHead />
        <tbody>
          {rows.map((row) => (
            <PreviewRow key={row.key} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
