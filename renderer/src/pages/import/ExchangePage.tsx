import { ExportPanel } from './ExportPanel';
import { ImportWizard } from './ImportWizard';
import { EXCHANGE_TEXT } from './strings';
import { TemplatesPanel } from './TemplatesPanel';
import './import.css';

export type ExchangeTab = 'import' | 'export' | 'templates';
const TABS: readonly ExchangeTab[] = ['import', 'export', 'templates'];

/** Which tab each Файл-menu command opens. */
export const EXCHANGE_TAB_OF = {
  'file.import': 'import',
  'file.export': 'export',
  'file.templates': 'templates',
} as const satisfies Record<string, ExchangeTab>;

interface Props {
  tab: ExchangeTab;
  onTab: (tab: ExchangeTab) => void;
  /** Browser mode: no file dialogs, paths are typed. */
  typedPaths: boolean;
  /** The file's data changed (an import was committed): the app re-reads its status. */
  onDataChanged: () => void;
}

/** «Импорт и экспорт»: loading AIS exports and Excel sheets, exporting lists, the import templates. */
export function ExchangePage({ tab, onTab, typedPaths, onDataChanged }: Props) {
  return (
    <section className="exchange-page" aria-label={EXCHANGE_TEXT.title}>
      <div className="exchange-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => onTab(t)}>
            {EXCHANGE_TEXT.tabs[t]}
          </button>
        ))}
      </div>
      {/* The wizard stays mounted across tabs, so a preview or a running import is not lost. */}
      <div role="tabpanel" hidden={tab !== 'import'}>
        <ImportWizard typedPaths={typedPaths} onDataChanged={onDataChanged} />
      </div>
      {tab === 'export' && (
        <div role="tabpanel">
          <ExportPanel typedPaths={typedPaths} />
        </div>
      )}
      {tab === 'templates' && (
        <div role="tabpanel">
          <TemplatesPanel typedPaths={typedPaths} />
        </div>
      )}
    </section>
  );
}
