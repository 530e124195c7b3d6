/** A gazetteer file that cannot be read or does not follow the schema. */
export class GazetteerError extends Error {
  override name = "GazetteerError";
}
