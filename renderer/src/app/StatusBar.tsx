import type { RegistryInfo } from '../../../shared/domain/types';
import { agree, formatDateNumeric } from '../../../shared/ru';
import { APP_TEXT } from './strings';

interface Props {
  info: RegistryInfo | null;
}

/** The bottom line: file, snapshot date and the registry's size («1 562 организации»). */
export function StatusBar({ info }: Props) {
  const text = APP_TEXT.status;
  return (
    <footer className="status-bar" role="status" data-testid="status-bar">
      {info ? (
        <>
          <span className="status-bar__item" title={info.path}>
            {text.file(info.fileName)}
          </span>
          <span className="status-bar__item">
            {info.lastSnapshot ? text.asOf(formatDateNumeric(info.lastSnapshot.asOf)) : text.noSnapshot}
          </span>
          <span className="status-bar__item">{agree(info.orgCount, 'организация')}</span>
          <span className="status-bar__item">{agree(info.memberCount, 'член Профсоюза')}</span>
        </>
      ) : (
        <span className="status-bar__item">{text.noFile}</span>
      )}
    </footer>
  );
}
