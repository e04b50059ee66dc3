/** The messages between the score viewer and the Verovio worker. */

/** Formats Verovio engraves here; PAE is Plaine & Easie code. */
export type VerovioFormat = 'MUSICXML' | 'MXL' | 'MEI' | 'HUMDRUM' | 'PAE';

/** The layout the page asks for: sizes in Verovio's units (tenths of a millimetre at 100%). */
export interface Layout {
  /** Percent. */
  scale: number;
  pageWidth: number;
  pageHeight: number;
}

export type WorkerRequest =
  | { id: number; type: 'load'; format: VerovioFormat; data: ArrayBuffer; layout: Layout }
  | { id: number; type: 'layout'; layout: Layout }
  | { id: number; type: 'render'; page: number }
  | { id: number; type: 'midi' };

export type WorkerResponse =
  | { id: number; ok: true; pages?: number; svg?: string; midi?: string }
  | { id: number; ok: false; error: string };
