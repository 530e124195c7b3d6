/** A stretch of a document's text, by UTF-16 offsets (`end` exclusive). */
export interface Span {
  start: number;
  end: number;
  text: string;
}
