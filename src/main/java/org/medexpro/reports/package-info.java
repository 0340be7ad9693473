/**
 * Documents for physicians, in the practice's language (never diagnosis or treatment):
 * the referral-back letter that states the observed facts of open red flags. Progress
 * reports and discharge summaries come with their issue.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "shared", "security", "audit", "clients", "physicians", "assessment", "knowledge" })
@NullMarked
package org.medexpro.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
