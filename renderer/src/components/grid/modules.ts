import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  CustomFilterModule,
  DateFilterModule,
  HighlightChangesModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

// Only the Community modules the pages use, to keep the bundle and start-up small. In development
// the validation module names any feature used without its module.
const modules: Module[] = [
  ClientSideRowModelModule,
  InfiniteRowModelModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  CellStyleModule,
  LocaleModule,
  // Editing grids (registry): editors, server-side filters, tooltips of refused values, the
  // column API the layout is saved with, refresh and scroll calls.
  TextEditorModule,
  SelectEditorModule,
  CustomEditorModule,
  TextFilterModule,
  DateFilterModule,
  CustomFilterModule,
  TooltipModule,
  ColumnApiModule,
  RenderApiModule,
  ScrollApiModule,
  HighlightChangesModule,
];
if (import.meta.env.DEV) modules.push(ValidationModule);

ModuleRegistry.registerModules(modules);
