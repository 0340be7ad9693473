/**
 * Billing: CPT coding of the services in signed session logs (timed codes by the CMS
 * 8-minute rule, or the AMA rule of eights where a payer uses it), fee schedules per
 * service and payer, payers and their rules, coverage and pre-authorisation per episode,
 * invoices, payments and receivables, superbills for clients who claim from their own
 * insurer, claims (CMS-1500 and X12 837P) for payers that accept the practice, and medical
 * memberships with their monthly run. Money is exact: whole cents, never floating point.
 */
@ApplicationModule(displayName = "Billing",
		allowedDependencies = { "shared", "security", "audit", "clients", "knowledge", "assessment", "sessions",
				"physicians", "scheduling" })
@NullMarked
package org.medexpro.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
