/**
 * What the decoder asks of a channel model. The OCR channel (src/restore/channel)
 * implements it; so does the base-key source used for accent-stripped text.
 */

/** An intended syllable for an observed word and how likely the observation is under it. */
export interface Candidate {
  /** Lower case, NFC, classic tone placement ("hòa", "ủy"). */
  syllable: string;
  /** log P(observed | intended), natural log, ≤ 0. */
  logp: number;
}

/**
 * How damaged the document looks, estimated once per document from its word
 * tokens. It decides how much an accent already printed is worth: in clean
 * text it is near-certain, in OCR text it is weak evidence (OCR writes "Két"
 * for "Kết").
 */
export interface NoiseRegime {
  /** Share of word tokens that are not well-formed accented syllables, 0–1. */
  noise: number;
  /** Share of word tokens that carry no diacritic at all although they are syllables, 0–1. */
  stripped: number;
}

export interface CandidateSource {
  /**
   * Candidates for one observed word (lower case, NFC, OCR junk kept: "s6",
   * "ctia", "két"), best first. Empty when the source has nothing to offer;
   * the decoder then keeps the token as printed.
   */
  candidates(observed: string, regime: NoiseRegime): readonly Candidate[];
}
