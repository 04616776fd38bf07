import { themeQuartz } from 'ag-grid-community';

/**
 * A plain office look (close to Excel / 1C): system font (no web fonts — the CSP forbids them
 * and the app works offline), compact rows, square corners, thin grey lines.
 */
export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Segoe UI', 'Tahoma', 'Arial', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 32,
  accentColor: '#1f6fb2',
  foregroundColor: '#1f1f1f',
  backgroundColor: '#ffffff',
  borderColor: '#d4d4d4',
  headerBackgroundColor: '#f2f2f2',
  oddRowBackgroundColor: '#fafafa',
  selectedRowBackgroundColor: '#cce4f7',
  borderRadius: 2,
  wrapperBorderRadius: 0,
  wrapperBorder: false,
  columnBorder: true,
  browserColorScheme: 'light',
});
