package org.custodian.access;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * SEC-2, deny by default and decided before any input is read: the filter chain finds the controller
 * method a request will reach and evaluates that method's {@code @PreAuthorize} roles. A caller without
 * the role gets 403 even for a malformed request, instead of learning the validation rules from a 400.
 * The annotation stays the one place that states the roles; method security checks it again at the call.
 */
final class HandlerRoles implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationManager<RequestAuthorizationContext> SIGNED_IN =
            AuthenticatedAuthorizationManager.authenticated();
    private static final AuthorizationManager<RequestAuthorizationContext> NOBODY =
            (authentication, context) -> new AuthorizationDecision(false);

    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private final Map<Method, AuthorizationManager<RequestAuthorizationContext>> byMethod = new ConcurrentHashMap<>();

    HandlerRoles(ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        var handler = handlerOf(context.getRequest());
        if (handler == null) {
            // No controller answers this path or method: signed-in staff get the 404/405, visitors the login page.
            return SIGNED_IN.authorize(authentication, context);
        }
        return byMethod.computeIfAbsent(handler.getMethod(), method -> rolesOf(handler))
                .authorize(authentication, context);
    }

    private HandlerMethod handlerOf(HttpServletRequest request) {
        var parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = handlers.getObject().getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
        } catch (Exception noMatch) {
            return null;
        } finally {
            if (parsedBefore == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(parsedBefore, request);
            }
        }
    }

    private static AuthorizationManager<RequestAuthorizationContext> rolesOf(HandlerMethod handler) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        // ArchitectureTests forbids a handler without roles; should one slip through, nobody may call it.
        return rule == null ? NOBODY : new WebExpressionAuthorizationManager(rule.value());
    }
}
