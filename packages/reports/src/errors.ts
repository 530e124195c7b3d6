/** A brief cannot be made: an unknown organization or country, or a template that fails. */
export class ReportError extends Error {
  override name = "ReportError";
}
