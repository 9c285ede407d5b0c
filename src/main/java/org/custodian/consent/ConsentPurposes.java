package org.custodian.consent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.register.ProcessingRegister;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of what a consent can be about, for screens and proofs: the register's activities, among them the
 * transmission to partners.
 */
@Component
public class ConsentPurposes {

    private final ProcessingRegister register;
    private final MessageSource messages;

    ConsentPurposes(ProcessingRegister register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    /**
     * The codes a consent may be about: the register's activities, then the transmission to partners.
     */
    public List<String> codes() {
        var codes = new ArrayList<String>();
        register.activities().forEach(activity -> codes.add(activity.code()));
        // The register records the transmission as an activity of its own (REG-1); older registers may not.
        if (!codes.contains(ConsentLedger.PARTNER_TRANSMISSION)) {
            codes.add(ConsentLedger.PARTNER_TRANSMISSION);
        }
        return codes;
    }

    /**
     * The purposes a consent can be about (PRO-1): the register's activities that can rest on consent, then the
     * transmission to partners; the other activities (the exclusion of bad payers, accounting ...) never can.
     */
    public List<String> consentable() {
        return scope().purposes();
    }

    /**
     * The consentable purposes with their names in the given language, in the register's order.
     */
    public Map<String, String> consentableNames(Locale locale) {
        var names = names(locale);
        var consentable = new LinkedHashMap<String, String>();
        consentable().forEach(code -> consentable.put(code, names.getOrDefault(code, code)));
        return consentable;
    }

    /** What a consent can be about, as the register says now. */
    ConsentScope scope() {
        return ConsentScope.of(register.activities());
    }

    /**
     * Each purpose code with its name in the given language, in the register's order.
     */
    public Map<String, String> names(Locale locale) {
        var names = new LinkedHashMap<String, String>();
        register.activities().forEach(activity -> names.put(activity.code(), activity.name().in(locale)));
        names.putIfAbsent(ConsentLedger.PARTNER_TRANSMISSION,
                messages.getMessage("consent.purpose." + ConsentLedger.PARTNER_TRANSMISSION, null, locale));
        return names;
    }
}
