import { requireRegistry, type FeatureHandlers } from '../handlers';
import { deliver, safeFileName } from '../indicators/handlers';
import { fileContext, defaultsFor } from './defaults';
import { createDraft, deleteDraft, getDraft, listDrafts, regenerateDraft, saveDraft } from './drafts';
import { renderDocument } from './generate';

export const documentHandlers: FeatureHandlers<
  | 'documents.defaults'
  | 'documents.list'
  | 'documents.get'
  | 'documents.create'
  | 'documents.save'
  | 'documents.regenerate'
  | 'documents.delete'
  | 'documents.export'
> = (state) => {
  const db = () => requireRegistry(state).db;
  return {
    'documents.defaults': ({ kind }) => defaultsFor(kind, fileContext(db())),
    'documents.list': () => listDrafts(db()),
    'documents.get': ({ id }) => getDraft(db(), id),
    'documents.create': ({ kind, settings }) => createDraft(db(), kind, settings),
    'documents.save': ({ id, settings, parts }) => saveDraft(db(), id, { settings, parts }),
    'documents.regenerate': ({ id }) => regenerateDraft(db(), id),
    'documents.delete': ({ id }) => {
      deleteDraft(db(), id);
      return null;
    },
    'documents.export': async ({ id, path: target }) => {
      const draft = getDraft(db(), id);
      const data = await renderDocument(db(), draft.kind, draft.settings, draft.kind === 'appendix' ? null : draft.parts);
      return deliver(data, safeFileName(draft.title, 'docx'), target);
    },
  };
};
