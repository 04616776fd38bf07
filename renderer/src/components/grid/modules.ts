import {
  CellStyleModule,
  ClientSideRowModelModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
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
];
if (import.meta.env.DEV) modules.push(ValidationModule);

ModuleRegistry.registerModules(modules);
