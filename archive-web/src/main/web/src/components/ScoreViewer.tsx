import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../lib/announce';
import { asApiError, getBytes, isAbort } from '../lib/api';
import { contentUrl, decodeText, formatBytes, formatLabel, presentationOf, selectAbcTune } from '../lib/files';
import { base64ToBytes } from '../lib/midi';
import { rightsLabel } from '../lib/rights';
import type { FileView } from '../lib/types';
import { Engraver } from '../score/engraver';
import { layoutFor, needsRelayout } from '../score/layout';
import type { VerovioFormat } from '../score/protocol';
import { safeSvg } from '../score/svg';
import { Incipit } from './Incipit';
import { MidiPlayer } from './MidiPlayer';

/** What a work page knows that a file's display may need. */
export interface WorkContext {
  title: string;
  incipit?: string | null;
  metre?: string | null;
  keyText?: string | null;
}

/**
 * One file of a work, shown the way its format allows: notation engraved by Verovio (MusicXML,
 * MXL, MEI, Humdrum) or abcjs (ABC), a MARCXML record as the work's incipit, an image, a player
 * for a recording, or else a link to the file.
 */
export function ScoreViewer({ file, work }: { file: FileView; work: WorkContext }) {
  return (
    <figure class="score-figure">
      <FileDisplay file={file} work={work} />
      <figcaption class="record-meta">
        <span>{file.filename}</span>
        <span>{formatLabel(file.format)}</span>
        <span>
          Rights:{' '}
          <a href={file.rights} rel="license">
            {rightsLabel(file.rights)}
          </a>
        </span>
        <span>
          <a href={contentUrl(file.id)} download={file.filename}>
            Download ({formatBytes(file.size)})
          </a>
        </span>
      </figcaption>
    </figure>
  );
}

function FileDisplay({ file, work }: { file: FileView; work: WorkContext }) {
  switch (presentationOf(file.format)) {
    case 'verovio':
      return <VerovioScore key={file.id} file={file} />;
    case 'abc':
      return <AbcScore key={file.id} file={file} />;
    case 'incipit': {
      const incipit = work.incipit ?? file.extracted?.incipit;
      return incipit ? (
        <div class="score-incipit">
          <p>This catalogue record describes the work by its incipit:</p>
          <Incipit incipit={incipit} metre={work.metre ?? file.extracted?.metre} keyText={work.keyText ?? file.extracted?.key} playable />
        </div>
      ) : (
        <p>This catalogue record has no incipit to show.</p>
      );
    }
    case 'image':
      return <img class="score-image" src={contentUrl(file.id)} alt={`${file.filename}, an image from a source of ${work.title}`} />;
    case 'audio':
      return (
        <audio class="score-audio" controls preload="metadata" src={contentUrl(file.id)} aria-label={`Recording: ${file.filename}`}>
          <a href={contentUrl(file.id)} download={file.filename}>
            Download the recording
          </a>
        </audio>
      );
    case 'pdf':
      return (
        <p>
          <a class="button secondary" href={contentUrl(file.id)} download={file.filename}>
            Download the PDF
          </a>
        </p>
      );
    default:
      return <p>This browser cannot show {formatLabel(file.format)} files; download it to view it.</p>;
  }
}

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

function failureMessage(error: unknown): string {
  return asApiError(error).problem.detail ?? 'It could not be shown.';
}

/**
 * A score engraved by Verovio (in a worker), a page at a time, laid out again when its box changes
 * width (a phone turned, a window resized).
 */
function VerovioScore({ file }: { file: FileView }) {
  const box = useRef<HTMLDivElement>(null);
  const engraver = useRef<Engraver | null>(null);
  const laidOutWidth = useRef(0);
  const showing = useRef(0);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const [rendering, setRendering] = useState(false);

  async function show(number: number) {
    const current = engraver.current;
    const element = box.current;
    if (!current || !element) return;
    const ticket = ++showing.current;
    setRendering(true);
    try {
      const svg = safeSvg(await current.render(number));
      if (ticket !== showing.current) return;
      if (!svg) throw new Error('Verovio produced no picture of this page.');
      element.replaceChildren(svg);
    } finally {
      if (ticket === showing.current) setRendering(false);
    }
  }

  useEffect(() => {
    const controller = new AbortController();
    const current = new Engraver();
    engraver.current = current;
    (async () => {
      const data = await getBytes(`/files/${file.id}/content`, controller.signal);
      const width = box.current?.clientWidth ?? 600;
      laidOutWidth.current = width;
      const count = await current.load(file.format as VerovioFormat, data, layoutFor(width, window.innerHeight));
      setPages(count);
      setPage(1);
      await show(1);
      setStatus({ kind: 'ready' });
      announce(count > 1 ? `The score is shown: page 1 of ${count}.` : 'The score is shown.');
    })().catch((error: unknown) => {
      if (controller.signal.aborted || isAbort(error)) return;
      const message = failureMessage(error);
      setStatus({ kind: 'failed', message });
      announce(`The score could not be shown: ${message}`);
    });
    return () => {
      controller.abort();
      current.dispose();
      engraver.current = null;
    };
  }, [file.id]);

  // Lay the score out again when its box changes width enough to matter.
  useEffect(() => {
    const element = box.current;
    if (!element || status.kind !== 'ready' || typeof ResizeObserver === 'undefined') return;
    let timer = 0;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const width = element.clientWidth;
        const current = engraver.current;
        if (!current || !needsRelayout(laidOutWidth.current, width)) return;
        laidOutWidth.current = width;
        current
          .layout(layoutFor(width, window.innerHeight))
          .then(async (count) => {
            const next = Math.min(page, count);
            setPages(count);
            setPage(next);
            await show(next);
          })
          .catch((error: unknown) => {
            if (!isAbort(error)) setStatus({ kind: 'failed', message: failureMessage(error) });
          });
      }, 250);
    });
    observer.observe(element);
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
    };
  }, [status.kind, page]);

  function go(next: number) {
    if (next < 1 || next > pages || next === page) return;
    setPage(next);
    announce(`Page ${next} of ${pages}.`);
    show(next).catch((error: unknown) => {
      if (!isAbort(error)) setStatus({ kind: 'failed', message: failureMessage(error) });
    });
  }

  return (
    <div class="score-viewer">
      {status.kind === 'loading' && <p class="loading">Engraving the score…</p>}
      {status.kind === 'failed' && (
        <div class="notice notice-error">
          <p>The score could not be shown: {status.message}</p>
          <p>The file can still be downloaded below.</p>
        </div>
      )}
      {status.kind === 'ready' && pages > 1 && (
        <nav class="score-pager" aria-label="Pages of the score">
          <button type="button" class="button secondary" aria-disabled={page <= 1 ? 'true' : undefined} onClick={() => go(page - 1)}>
            Previous page
          </button>
          <span class="pager-status" id={`score-page-${file.id}`}>
            Page {page} of {pages}
          </span>
          <button type="button" class="button secondary" aria-disabled={page >= pages ? 'true' : undefined} onClick={() => go(page + 1)}>
            Next page
          </button>
        </nav>
      )}
      {/* Keyed: Preact must keep this element (the engraver drew into it) as its siblings come and go. */}
      <div
        key="music"
        ref={box}
        class={status.kind === 'failed' ? 'score score-verovio score-empty' : 'score score-verovio'}
        data-testid="score"
        role="img"
        aria-label={status.kind === 'ready' ? `Score of ${file.filename}${pages > 1 ? `, page ${page} of ${pages}` : ''}` : 'Score'}
        aria-busy={status.kind === 'loading' || rendering ? 'true' : undefined}
      />
      {status.kind === 'ready' && (
        <MidiPlayer what="the score" load={async () => base64ToBytes(await engraver.current!.midi())} />
      )}
    </div>
  );
}

/** An ABC tune engraved by abcjs: the one the file's locator names ("X:12"), else the first. */
function AbcScore({ file }: { file: FileView }) {
  const box = useRef<HTMLDivElement>(null);
  const midi = useRef<(() => Uint8Array) | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [place, setPlace] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const [data, abc] = await Promise.all([getBytes(`/files/${file.id}/content`, controller.signal), import('../score/abc')]);
      const tune = selectAbcTune(decodeText(new Uint8Array(data)), file.locator);
      if (!tune) throw new Error(`This file has no tune ${file.locator}.`);
      const element = box.current;
      if (!element || controller.signal.aborted) return;
      const engraved = abc.renderTune(element, tune.abc, element.clientWidth || 600);
      midi.current = engraved.midi;
      setPlace(tune.count > 1 ? `Tune ${tune.position} of ${tune.count} in this file${tune.number !== null ? ` (X:${tune.number})` : ''}.` : '');
      setStatus({ kind: 'ready' });
      announce('The score is shown.');
    })().catch((error: unknown) => {
      if (controller.signal.aborted || isAbort(error)) return;
      const message = failureMessage(error);
      setStatus({ kind: 'failed', message });
      announce(`The score could not be shown: ${message}`);
    });
    return () => controller.abort();
  }, [file.id, file.locator]);

  return (
    <div class="score-viewer">
      {status.kind === 'loading' && <p class="loading">Engraving the score…</p>}
      {status.kind === 'failed' && (
        <div class="notice notice-error">
          <p>The score could not be shown: {status.message}</p>
        </div>
      )}
      {place && <p class="hint">{place}</p>}
      {/* Keyed: Preact must keep this element (the engraver drew into it) as its siblings come and go. */}
      <div
        key="music"
        ref={box}
        class={status.kind === 'failed' ? 'score score-abc score-empty' : 'score score-abc'}
        data-testid="score"
        role="img"
        aria-label={`Score of ${file.filename}`}
        aria-busy={status.kind === 'loading' ? 'true' : undefined}
      />
      {status.kind === 'ready' && midi.current && <MidiPlayer what="the tune" load={async () => midi.current!()} />}
    </div>
  );
}
