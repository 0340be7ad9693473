/**
 * The tiny shared kernel: the exceptions every module throws for the API's status codes,
 * the RFC 9457 problem documents they become, and the clock.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.medexpro.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
