/**
 * The small open kernel every module may use: the clock, paging, problem details and the web shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.custodian.shared;
