/**
 * The client chart: one page with the client's conditions, red flags and clearance,
 * intake, screen findings, goals and each outcome measure's trend as a chart, readable on
 * a tablet. A view over the other modules' APIs; it owns no data.
 */
@ApplicationModule(displayName = "Client chart",
		allowedDependencies = { "shared", "security", "clients", "knowledge", "physicians", "assessment", "outcomes", "programs" })
@NullMarked
package org.medexpro.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
