package org.custodian.prospecting;

import java.util.List;

/**
 * Why an address cannot be prospected, for the import and the forms to tell staff (PRO-3): a sentence (message key and
 * arguments, no address) and the entry it rests on.
 */
public record SuppressionReason(SuppressionEntryView entry, String messageKey, List<Object> arguments) {

    public SuppressionReason {
        arguments = List.copyOf(arguments);
    }
}
