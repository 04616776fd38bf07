import { ModuleRegistry, NumberFilterModule, PinnedRowModule, TextFilterModule } from 'ag-grid-community';

// The analysis grid filters text and numbers and pins the «Итого» row; the shell registers the
// modules every grid uses (components/grid/modules.ts).
ModuleRegistry.registerModules([TextFilterModule, NumberFilterModule, PinnedRowModule]);
