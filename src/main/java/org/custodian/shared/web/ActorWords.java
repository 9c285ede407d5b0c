package org.custodian.shared.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.custodian.shared.CurrentActor;
import org.custodian.shared.StaffNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who acted, in the user's words (issue 8 §2): a user by their full name and login, a visitor of the public site, a
 * task or an API token by a sentence; never the code the records keep ({@code public}, {@code system},
 * {@code api:shop}). The names come from {@link StaffNames}, in one lookup for a page. Templates call it as
 * {@code @actorWords.of(login)} for a single actor.
 */
@Component("actorWords")
public class ActorWords {

    /** How an API token's requests are signed in the records: {@code api:<token name>}. */
    private static final String API = "api:";
    /** The request attribute keeping the actors already put in words during the request. */
    private static final String SEEN = ActorWords.class.getName() + ".seen";

    private final ObjectProvider<StaffNames> staffNames;
    private final MessageSource messages;

    ActorWords(ObjectProvider<StaffNames> staffNames, MessageSource messages) {
        this.staffNames = staffNames;
        this.messages = messages;
    }

    /**
     * One actor in words, in the current request's language; null stays null. A list page calls it once per row: the
     * words are kept for the rest of the request, so that an actor named on twenty rows is looked up once.
     */
    public String of(String actor) {
        if (actor == null) {
            return null;
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return of(List.of(actor), LocaleContextHolder.getLocale()).get(actor);
        }
        @SuppressWarnings("unchecked")
        var known = (Map<String, String>) request.getAttribute(SEEN, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = new HashMap<>();
            request.setAttribute(SEEN, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known.computeIfAbsent(actor, one -> of(List.of(one), LocaleContextHolder.getLocale()).get(one));
    }

    /** These actors in words, by the code the records keep; an actor no rule names is left as it is. */
    public Map<String, String> of(Collection<String> actors, Locale locale) {
        var distinct = actors.stream().filter(Objects::nonNull).distinct().toList();
        var lookup = staffNames.getIfAvailable();
        var names = lookup == null || distinct.isEmpty() ? Map.<String, String>of() : lookup.of(distinct);
        var words = new HashMap<String, String>();
        for (var actor : distinct) {
            words.put(actor, names.containsKey(actor) ? message("actor.user", locale, names.get(actor), actor)
                    : CurrentActor.PUBLIC.equals(actor) ? message("actor.public", locale)
                    : CurrentActor.SYSTEM.equals(actor) ? message("actor.system", locale)
                    : actor.startsWith(API) ? message("actor.api", locale, actor.substring(API.length()))
                    : actor);
        }
        return words;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
