package org.custodian.prospecting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PRO-2, audience filters (issue 9 §2): the French postcode of a free-text address and its department, so that a
 * campaign can target «75», «2A» or «974» set-based. The postcode is the last group of exactly five digits of the
 * address (a street number comes first and is shorter); Corsica's postcodes (20xxx) belong to department 2A below
 * 20200 and to 2B from it; overseas departments (97x, 98x) have three digits.
 */
record FrenchPostcode(String code, String department) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("(?<!\\d)\\d{5}(?!\\d)");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,5}|2[AB]");

    /** The postcode of the address, or null when it holds none. */
    static FrenchPostcode of(String address) {
        if (address == null) {
            return null;
        }
        var matcher = FIVE_DIGITS.matcher(address);
        String code = null;
        while (matcher.find()) {
            code = matcher.group();
        }
        return code == null ? null : new FrenchPostcode(code, departmentOf(code));
    }

    private static String departmentOf(String code) {
        if (code.startsWith("20")) {
            return Integer.parseInt(code) < 20200 ? "2A" : "2B";
        }
        if (code.startsWith("97") || code.startsWith("98")) {
            return code.substring(0, 3);
        }
        return code.substring(0, 2);
    }

    /**
     * A filter's postcode prefix as it is compared: digits (a postcode or its beginning) or a Corsican department.
     *
     * @throws IllegalArgumentException when it is neither
     */
    static String prefix(String prefix) {
        var clean = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
        if (!PREFIX.matcher(clean).matches()) {
            throw new IllegalArgumentException("Not a French postcode or department: " + prefix);
        }
        return clean;
    }

    /** Whether a prefix names a Corsican department rather than digits. */
    static boolean isCorsica(String prefix) {
        return prefix.startsWith("2") && (prefix.endsWith("A") || prefix.endsWith("B"));
    }
}
