/**
 * The small open kernel every module may use: the clock, paging, problem details and the web shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.custodian.shared;
