package org.custodian.notices;

import java.util.List;

/**
 * Publishing was refused because the notice lacks Art. 13 elements (INF-1).
 */
public class NoticeIncomplete extends RuntimeException {

    private final transient List<MissingItem> missing;

    NoticeIncomplete(List<MissingItem> missing) {
        super("The privacy notice is incomplete: " + missing.stream().map(MissingItem::code).toList());
        this.missing = List.copyOf(missing);
    }

    /**
     * What is missing.
     */
    public List<MissingItem> missing() {
        return missing;
    }
}
