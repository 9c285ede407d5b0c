package org.custodian.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for API callers as RFC 9457 problem details, with the RFC 6750 {@code WWW-Authenticate} challenge.
 */
final class ApiProblems {

    static final String MISSING = "Send an API token as 'Authorization: Bearer <token>'; an administrator creates "
            + "tokens under Administration > API tokens.";
    static final String INVALID = "The API token is unknown, revoked or expired; ask an administrator for a valid one.";

    private ApiProblems() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> unauthorized(response, MISSING, null);
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "The roles of this API token do not allow this operation.", request.getRequestURI());
    }

    static void unauthorized(HttpServletResponse response, String detail, String error) throws IOException {
        response.setHeader("WWW-Authenticate", error == null ? "Bearer" : "Bearer error=\"" + error + "\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail, null);
    }

    private static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var json = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"").append(title)
                .append("\",\"status\":").append(status)
                .append(",\"detail\":\"").append(escape(detail)).append('"');
        if (instance != null) {
            json.append(",\"instance\":\"").append(escape(instance)).append('"');
        }
        response.getWriter().write(json.append('}').toString());
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
