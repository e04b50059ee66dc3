/** The parts of the verovio npm package (which ships no type declarations) that the score viewer uses. */

declare module 'verovio/wasm' {
  export default function createVerovioModule(options?: object): Promise<object>;
}

declare module 'verovio/wasm-hum' {
  export default function createVerovioModule(options?: object): Promise<object>;
}

declare module 'verovio/esm' {
  export class VerovioToolkit {
    constructor(module: object);
    destroy(): void;
    getLog(): string;
    getPageCount(): number;
    getVersion(): string;
    loadData(data: string): boolean;
    loadZipDataBuffer(data: ArrayBuffer): boolean;
    redoLayout(options?: object): void;
    renderToMIDI(): string;
    renderToSVG(page?: number, xmlDeclaration?: boolean): string;
    setOptions(options: object): void;
  }
  export const LOG_OFF: number;
  export const LOG_ERROR: number;
  export function enableLog(level: number, module: object): void;
  export function enableLogToBuffer(value: boolean, module: object): void;
}
