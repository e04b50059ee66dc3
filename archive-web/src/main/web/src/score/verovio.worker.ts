import { enableLog, enableLogToBuffer, LOG_ERROR, VerovioToolkit } from 'verovio/esm';
import { decodeText } from '../lib/files';
import type { Layout, VerovioFormat, WorkerRequest, WorkerResponse } from './protocol';

/**
 * Verovio in a worker, so loading its WebAssembly (several megabytes) and engraving a long score
 * never freezes the page. Humdrum needs the larger build of Verovio; it is loaded only for
 * Humdrum files. One toolkit holds the loaded score between requests.
 */

type Flavour = 'plain' | 'humdrum';

const INPUT_FROM: Record<VerovioFormat, string> = { MUSICXML: 'xml', MXL: 'xml', MEI: 'mei', HUMDRUM: 'humdrum', PAE: 'pae' };

const modules: Partial<Record<Flavour, Promise<object>>> = {};
let toolkit: { flavour: Flavour; instance: VerovioToolkit } | null = null;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

function moduleFor(flavour: Flavour): Promise<object> {
  modules[flavour] ??= (flavour === 'humdrum' ? import('verovio/wasm-hum') : import('verovio/wasm')).then(async (loaded) => {
    const module = await loaded.default();
    // Keep errors for getLog(), to explain a file Verovio cannot read; nothing on the console.
    enableLogToBuffer(true, module);
    enableLog(LOG_ERROR, module);
    return module;
  });
  return modules[flavour]!;
}

async function toolkitFor(flavour: Flavour): Promise<VerovioToolkit> {
  if (toolkit?.flavour === flavour) return toolkit.instance;
  toolkit?.instance.destroy();
  toolkit = { flavour, instance: new VerovioToolkit(await moduleFor(flavour)) };
  return toolkit.instance;
}

function options(layout: Layout): object {
  return {
    scale: layout.scale,
    pageWidth: layout.pageWidth,
    pageHeight: layout.pageHeight,
    adjustPageHeight: true,
    breaks: 'auto',
    header: 'auto',
    footer: 'none',
    // A work's movements (MEI <mdiv>s) are all shown, one after another.
    mdivAll: true,
    svgViewBox: true,
    svgRemoveXlink: true,
    svgFormatRaw: true,
  };
}

function current(): VerovioToolkit {
  if (!toolkit) throw new Error('No score is loaded.');
  return toolkit.instance;
}

async function handle(request: WorkerRequest): Promise<Omit<Extract<WorkerResponse, { ok: true }>, 'id' | 'ok'>> {
  switch (request.type) {
    case 'load': {
      const engraver = await toolkitFor(request.format === 'HUMDRUM' ? 'humdrum' : 'plain');
      engraver.setOptions({ ...options(request.layout), inputFrom: INPUT_FROM[request.format] });
      const loaded =
        request.format === 'MXL' ? engraver.loadZipDataBuffer(request.data) : engraver.loadData(decodeText(new Uint8Array(request.data)));
      if (!loaded || engraver.getPageCount() < 1) {
        const log = engraver.getLog().trim();
        throw new Error(`Verovio could not read this file${log ? `: ${log.split('\n')[0]}` : '.'}`);
      }
      return { pages: engraver.getPageCount() };
    }
    case 'layout': {
      const engraver = current();
      engraver.setOptions(options(request.layout));
      engraver.redoLayout();
      return { pages: engraver.getPageCount() };
    }
    case 'render':
      return { svg: current().renderToSVG(request.page) };
    case 'midi':
      return { midi: current().renderToMIDI() };
  }
}

// Requests are answered one at a time, in order (Verovio is single-threaded anyway).
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).then(
      (result) => scope.postMessage({ id: request.id, ok: true, ...result }),
      (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
};
