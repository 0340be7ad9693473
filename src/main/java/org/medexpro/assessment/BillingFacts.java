package org.medexpro.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What billing may know of a client's episode (“no clinical detail beyond codes”): the
 * ICD-10-CM codes of the active conditions as the referral names them, first-listed first,
 * the referring physician, and the date of onset, injury or surgery of the first one.
 */
public record BillingFacts(List<String> icd10Codes, @Nullable UUID referringPhysicianId, @Nullable LocalDate onsetDate) {
}
