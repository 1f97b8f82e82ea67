/** One real-world SMS text from a public source, labelled with the code a user would type, or null. */
export interface HeldOutCase {
  text: string;
  expected: string | null;
  /** ISO 639-1 language of the text. */
  lang: string;
  /** Where the text was taken from (a public file's address). */
  source: string;
  /** The canonical service slug when the sender is clear (whatsapp, google...), for the `service` hint. */
  service?: string;
}
