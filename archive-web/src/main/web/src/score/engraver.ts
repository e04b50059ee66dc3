import type { Layout, VerovioFormat, WorkerRequest, WorkerResponse } from './protocol';

type Call = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Answer = Extract<WorkerResponse, { ok: true }>;

/**
 * The page's side of the Verovio worker: one score at a time, requests answered in order. The
 * worker (and with it Verovio's WebAssembly) is started by the first score a page shows and
 * ended with {@link dispose}.
 */
export class Engraver {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./verovio.worker.ts', import.meta.url), { type: 'module', name: 'verovio' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer);
      else waiting.reject(new Error(answer.error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error('The score engraver could not be started in this browser.'));
    };
  }

  /** Loads a score; answers its number of pages. */
  async load(format: VerovioFormat, data: ArrayBuffer, layout: Layout): Promise<number> {
    return (await this.call({ type: 'load', format, data, layout }, [data])).pages ?? 0;
  }

  /** Lays the loaded score out for another size; answers its new number of pages. */
  async layout(layout: Layout): Promise<number> {
    return (await this.call({ type: 'layout', layout })).pages ?? 0;
  }

  /** One page (1-based) as SVG markup. */
  async render(page: number): Promise<string> {
    return (await this.call({ type: 'render', page })).svg ?? '';
  }

  /** The loaded score as a base64 Standard MIDI File. */
  async midi(): Promise<string> {
    return (await this.call({ type: 'midi' })).midi ?? '';
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll(new DOMException('The score viewer was closed.', 'AbortError'));
  }

  private call(request: Call, transfer: Transferable[] = []): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
