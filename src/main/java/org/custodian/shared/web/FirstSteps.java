package org.custodian.shared.web;

import java.util.List;

/**
 * Implemented by each module that has something to set up before the file is used (organisation, users, retention
 * periods, the notice …): the home page lists every implementation's steps, so a new module adds its own without the
 * home page knowing it.
 */
public interface FirstSteps {

    List<FirstStep> firstSteps();
}
