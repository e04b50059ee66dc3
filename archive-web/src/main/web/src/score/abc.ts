import abcjs, { type AbcVisualParams, type TuneObject } from 'abcjs';
import { clampSpan, incipitToAbc, noteClasses, type AbcOptions, type IncipitNote, type NoteSpan } from '../lib/incipit';

/**
 * Engraving with abcjs: ABC files and incipits. Loaded only by pages that show notation (it is a
 * chunk of its own), and never with a sound font: playback goes through the page's own
 * synthesiser, from the MIDI file abcjs writes.
 */

export interface EngravedTune {
  /** The tune as a Standard MIDI File. */
  midi(): Uint8Array;
}

/**
 * Runs abcjs under the page's Content-Security-Policy, which refuses inline CSS: abcjs sets a style
 * attribute on a throw-away measuring SVG and inserts a `<style>` element (for drag highlighting,
 * unused here). While it renders (synchronously), style attributes are set through the CSSOM,
 * which the policy allows, and SVG `<style>` elements are left out, so nothing is refused.
 */
function withoutInlineCss<T>(render: () => T): T {
  const setAttribute = Element.prototype.setAttribute;
  const insertBefore = Node.prototype.insertBefore;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
      this.style.cssText = value;
      return;
    }
    setAttribute.call(this, name, value);
  };
  Node.prototype.insertBefore = function <N extends Node>(this: Node, node: N, child: Node | null): N {
    if (node instanceof SVGStyleElement) return node;
    return insertBefore.call(this, node, child) as N;
  };
  try {
    return render();
  } finally {
    Element.prototype.setAttribute = setAttribute;
    Node.prototype.insertBefore = insertBefore;
  }
}

function engrave(target: HTMLElement, abc: string, params: AbcVisualParams): TuneObject {
  const [tune] = withoutInlineCss(() => abcjs.renderAbc(target, abc, params));
  if (!tune) throw new Error('abcjs found no tune to engrave.');
  return tune;
}

function midiOf(tune: TuneObject): Uint8Array {
  return abcjs.synth.getMidiFile(tune, { midiOutputType: 'binary' }) as unknown as Uint8Array;
}

/**
 * A whole ABC tune, its lines re-wrapped to the width available (fewer bars a line on a phone) and
 * scaled to the container's width.
 */
export function renderTune(target: HTMLElement, abc: string, width: number): EngravedTune & { warnings: string[] } {
  // abcjs styles the element it draws into (for its responsive sizing): give it one of its own.
  const inner = document.createElement('div');
  target.replaceChildren(inner);
  const tune = engrave(inner, abc, {
    responsive: 'resize',
    add_classes: true,
    staffwidth: Math.max(280, Math.min(width, 1000) - 30),
    wrap: { minSpacing: 1.8, maxSpacing: 2.7, preferredMeasuresPerLine: width < 520 ? 2 : width < 800 ? 3 : 4 },
    paddingleft: 0,
    paddingright: 0,
  });
  return { midi: () => midiOf(tune), warnings: tune.warnings ?? [] };
}

export interface IncipitRenderOptions extends AbcOptions {
  compact?: boolean;
  /** Notes to mark as matching a melodic search. */
  highlight?: NoteSpan | null;
}

/**
 * An incipit on one staff at its natural width (it shrinks to fit narrow screens through CSS), with
 * the supplied notes, and the notes a melodic search matched, given classes of their own: the ABC
 * has one note per incipit note, in order. Matched notes also get a band behind them, so the match
 * does not rest on colour alone.
 */
export function renderIncipit(target: HTMLElement, notes: readonly IncipitNote[], options: IncipitRenderOptions): EngravedTune {
  const scale = options.compact ? 0.72 : 1;
  const tune = engrave(target, incipitToAbc(notes, options), {
    add_classes: true,
    scale,
    staffwidth: 60 + notes.length * 42,
    paddingtop: 0,
    paddingbottom: 0,
    paddingleft: 0,
    paddingright: 0,
  });
  const engraved = engravedNotes<VoiceElement>(tune);
  noteClasses(notes, options.highlight).forEach((classes, index) => {
    if (classes.length) for (const part of engraved[index]?.abselem?.elemset ?? []) part.classList.add(...classes);
  });
  const span = clampSpan(options.highlight, Math.min(notes.length, engraved.length));
  if (span) drawMatchBand(engraved.slice(span.start, span.end).flatMap((element) => element.abselem?.elemset ?? []));
  fitToWidth(target, scale);
  return { midi: () => midiOf(tune) };
}

export interface VoiceElement {
  el_type?: string;
  abselem?: { elemset?: Element[] };
}

/**
 * The engraved notes and rests of an incipit's tune, in order: the elements of its first voice
 * that abcjs calls notes (rests are notes without pitches; tuplet marks, clefs and the like are
 * other elements). The nth of them is the incipit's nth note.
 */
export function engravedNotes<E extends { el_type?: string }>(tune: TuneObject): E[] {
  const elements: E[] = [];
  for (const line of tune.lines ?? []) {
    const voice = (line.staff?.[0]?.voices?.[0] ?? []) as unknown as E[];
    elements.push(...voice.filter((element) => element.el_type === 'note'));
  }
  return elements;
}

/** A tinted rectangle behind the matched notes, as wide as they are and as tall as the staff. */
function drawMatchBand(parts: readonly Element[]): void {
  const graphics = parts.filter((part): part is SVGGraphicsElement => part instanceof SVGGraphicsElement);
  const parent = graphics[0]?.parentNode;
  const svg = graphics[0]?.ownerSVGElement;
  if (!parent || !svg || graphics.some((part) => part.parentNode !== parent)) return;
  try {
    const boxes = graphics.map((part) => part.getBBox()).filter((box) => box.width > 0);
    if (!boxes.length) return;
    const left = Math.min(...boxes.map((box) => box.x)) - 4;
    const right = Math.max(...boxes.map((box) => box.x + box.width)) + 4;
    const staff = svg.getBBox();
    const band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    band.setAttribute('class', 'incipit-match-band');
    band.setAttribute('x', String(left));
    band.setAttribute('y', String(staff.y));
    band.setAttribute('width', String(right - left));
    band.setAttribute('height', String(staff.height));
    band.setAttribute('rx', '3');
    parent.insertBefore(band, parent.firstChild);
  } catch {
    // Not laid out (a hidden container): the colour and the words still say what matched.
  }
}

/**
 * abcjs gives the SVG a fixed size and its container a fixed height; a viewBox instead lets the
 * stylesheet scale the staff down on narrow screens, keeping its proportions.
 */
function fitToWidth(target: HTMLElement, scale: number): void {
  const svg = target.querySelector('svg');
  if (!svg) return;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) {
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.removeAttribute('height');
    svg.removeAttribute('width');
    // abcjs scales with a CSS transform; the viewBox does it instead.
    svg.style.removeProperty('transform');
    svg.style.removeProperty('transform-origin');
    svg.style.width = `${Math.round(width * scale)}px`;
  }
  for (const property of ['width', 'height', 'overflow']) target.style.removeProperty(property);
}

/** The MIDI of an incipit, without engraving it. */
export function incipitMidi(notes: readonly IncipitNote[], options: AbcOptions): Uint8Array {
  const [midi] = abcjs.synth.getMidiFile(incipitToAbc(notes, options), { midiOutputType: 'binary' }) as unknown as Uint8Array[];
  return midi;
}
