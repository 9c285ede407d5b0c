package org.custodian.shared.web;

import java.util.List;

/**
 * Implemented by a module that has something for the home page to point at now (issue 10: the late rights requests),
 * so that the home page shows it without depending on the module.
 */
public interface HomeCards {

    List<HomeCard> homeCards();
}
