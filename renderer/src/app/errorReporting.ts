import { createContext, useContext } from 'react';

/** Shows an error in the app's message bar; `cancelled` errors are dropped silently. */
export type ReportError = (error: unknown) => void;

export const ErrorReportContext = createContext<ReportError>(() => undefined);

export function useReportError(): ReportError {
  return useContext(ErrorReportContext);
}
