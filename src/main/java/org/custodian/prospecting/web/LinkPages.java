package org.custodian.prospecting.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page of a link Custodian does not know: a 404 that says how to object otherwise, the same for every unknown
 * token, so that trying tokens teaches nothing.
 */
final class LinkPages {

    private LinkPages() {
    }

    static String unknown(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "prospecting/link-unknown";
    }
}
