/**
 * Documents for physicians, in the practice's language (never diagnosis or treatment): the
 * referral-back letter of open red flags; the introductory letter, assessment summary,
 * 30-day progress report, change-in-status letter and discharge summary, drafted from the
 * record, signed, sent with the client's consent and logged, each with its deadline; the
 * discharge that closes an episode; reimbursement readiness.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = { "shared", "security", "audit", "clients",
		"physicians", "assessment", "knowledge", "outcomes", "programs", "sessions" })
@NullMarked
package org.medexpro.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
