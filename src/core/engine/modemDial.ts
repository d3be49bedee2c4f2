// What the engine asks of docker-modem's dial: its options, and the statuses it treats as answers.
export interface DialOptions {
  path: string;
  method: string;
  options?: Record<string, unknown>;
  abortSignal?: AbortSignal;
  isStream?: boolean;
  statusCodes: Record<number, boolean | string>;
}
export interface ModemLike {
  version?: string;
  dial(o: DialOptions, cb: (err: unknown, data: unknown) => void): void;
}

export const STATUS = {
  200: true,
  201: true,
  204: true,
  304: true,
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  409: 'conflict',
  500: 'server error',
  503: 'unavailable',
};
