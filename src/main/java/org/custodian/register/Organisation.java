package org.custodian.register;

import java.time.Instant;

/**
 * The controller's identity, its DPO and where rights requests go (REG-5), as read by the notices,
 * rights and breach modules.
 *
 * @param name                legal name of the controller
 * @param address             registered postal address
 * @param registrationNumber  SIREN or SIRET, when the controller is registered in France
 * @param dpoName             the data protection officer (a person or a firm)
 * @param dpoEmail            how to reach the DPO
 * @param dpoPhone            optional phone of the DPO
 * @param rightsEmail         the dedicated address for rights requests
 * @param rightsPostalAddress optional postal address for rights requests
 * @param updatedAt           last change
 * @param updatedBy           who made it
 */
public record Organisation(String name, String address, String registrationNumber, String dpoName, String dpoEmail,
        String dpoPhone, String rightsEmail, String rightsPostalAddress, Instant updatedAt, String updatedBy) {

    /**
     * Whether the settings name a controller at all; until then the other modules cannot publish anything.
     */
    public boolean isConfigured() {
        return name != null && !name.isBlank();
    }
}
