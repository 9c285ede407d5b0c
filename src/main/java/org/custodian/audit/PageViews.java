package org.custodian.audit;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * One page view, one entry (SEC-3, issue 8 §2): a page about a record announces the fragments it loads (the
 * consent panel, the sensitive data ...); its own read entry names them, and the reads these fragments make in
 * the next minute — same session, same user, same record, sending back the page's token — are covered by that entry
 * instead of writing one each. A fragment asked for without a valid token (another tab, a script, a minute later)
 * writes its own entry as before, so no read goes unrecorded.
 * <p>
 * Kept in the HTTP session: a token is worth nothing outside the session it was given in.
 */
@Component
class PageViews {

    /** The request parameter by which a fragment sends back its page's token. */
    static final String PARAMETER = "auditView";
    /** How the page's entry names its fragments: {@code page-view:consent,person-sensitive-data}. */
    static final String DETAIL_PREFIX = "page-view:";

    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final String ANNOUNCED = PageViews.class.getName() + ".announced";
    private static final String OPEN = PageViews.class.getName() + ".open";

    private final Clock clock;

    PageViews(Clock clock) {
        this.clock = clock;
    }

    /** A page view announced in this request, not yet opened by its read entry. */
    private record Announced(String token, String resourceType, String resourceId, List<String> fragments) {
    }

    /** A page view whose entry was written: what it covers, for whom, until when. */
    private record Open(String actor, String resourceId, Set<String> resourceTypes, Instant until)
            implements Serializable {
    }

    /**
     * Announces the page of the current request; answers its token, or null outside a web request (nothing is then
     * covered).
     */
    String announce(String resourceType, String resourceId, List<String> fragments) {
        var request = currentRequest();
        if (request.isEmpty()) {
            return null;
        }
        var token = UUID.randomUUID().toString();
        request.get().setAttribute(ANNOUNCED, new Announced(token, resourceType, resourceId, List.copyOf(fragments)));
        return token;
    }

    /**
     * When this read is the one of the page announced in this request: opens the page view for its fragments
     * and answers the entry's detail naming them.
     */
    Optional<String> open(String actor, String resourceType, String resourceId) {
        var request = currentRequest();
        if (request.isEmpty() || !(request.get().getAttribute(ANNOUNCED) instanceof Announced page)
                || !page.resourceType().equals(resourceType) || !page.resourceId().equals(resourceId)) {
            return Optional.empty();
        }
        request.get().removeAttribute(ANNOUNCED);
        var types = new HashSet<>(page.fragments());
        types.add(resourceType);
        var now = clock.instant();
        var views = views(request.get().getSession());
        views.values().removeIf(view -> view.until().isBefore(now));
        views.put(page.token(), new Open(actor, resourceId, Set.copyOf(types), now.plus(LIFETIME)));
        return Optional.of(DETAIL_PREFIX + String.join(",", page.fragments()));
    }

    /**
     * Whether a read by {@code actor} of this record is part of a page view already recorded: the request carries the
     * token of a page view of this session, still fresh, by the same user, about the same record, which announced
     * this kind of data.
     */
    boolean covers(String actor, String resourceType, String resourceId) {
        var request = currentRequest();
        if (request.isEmpty() || resourceId == null) {
            return false;
        }
        var token = request.get().getParameter(PARAMETER);
        var session = request.get().getSession(false);
        if (token == null || session == null) {
            return false;
        }
        var view = views(session).get(token);
        return view != null && view.actor().equals(actor) && view.resourceId().equals(resourceId)
                && view.resourceTypes().contains(resourceType) && !view.until().isBefore(clock.instant());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Open> views(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            var views = (Map<String, Open>) session.getAttribute(OPEN);
            if (views == null) {
                views = new ConcurrentHashMap<>();
                session.setAttribute(OPEN, views);
            }
            return views;
        }
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
