/**
 * The value of an agency reference that says nobody has been designated yet: an official fact,
 * printed "belum ditetapkan". A null reference is different: the drafting team does not know
 * which agency it is, and the document shows a blank.
 */
export const UNASSIGNED = "belum-ditetapkan";
