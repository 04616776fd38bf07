import { APP_TEXT } from './strings';

/** The sections of the app, in navigation order. */
export const PAGE_IDS = ['registry', 'quality', 'analysis', 'documents', 'exchange'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export function pageLabel(page: PageId): string {
  return APP_TEXT.pages[page];
}

/** Maps the host menu's commands (`menu.command`) to pages. */
export const MENU_COMMAND_PAGES = {
  'page.registry': 'registry',
  'page.quality': 'quality',
  'page.analysis': 'analysis',
  'page.documents': 'documents',
} as const satisfies Record<string, PageId>;
