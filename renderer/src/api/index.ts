export { send, subscribe, type SendOptions } from './client';
export { ApiError, isCancelled } from './apiError';
