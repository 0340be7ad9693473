/**
 * The knowledge base (point 1 of the 6-Point system): conditions with their ICD-10-CM
 * codes, structures, healing phases and red flags; the red-flag catalogue; the resting
 * vital limits; the functional outcome measures with their MCID, cut-offs, norms and
 * questionnaire scoring. Versioned YAML files under {@code knowledge/}, each entry with
 * its source, validated at start-up: a bad file stops the application naming the file,
 * the entry and the field.
 */
@ApplicationModule(displayName = "Knowledge base", allowedDependencies = { "shared", "security" })
@NullMarked
package org.medexpro.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
