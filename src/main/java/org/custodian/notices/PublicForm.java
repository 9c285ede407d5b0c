package org.custodian.notices;

/**
 * A collection form as a visitor sees it.
 *
 * @param slug              its address
 * @param version           the version shown
 * @param definition        what it asks and says
 * @param notice            the first-level notice under it
 * @param partnerDisclosure the number, sectors and list of partners under the partner box, when it has one
 */
public record PublicForm(String slug, int version, FormDefinition definition, FirstLevelNotice notice,
        String partnerDisclosure) {

    /** The exact text of the partner box as shown: the box's text, then what it says about the partners. */
    public String partnerBoxText() {
        return definition.partnerText().strip() + "\n" + partnerDisclosure;
    }
}
