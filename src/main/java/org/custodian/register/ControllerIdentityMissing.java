package org.custodian.register;

/**
 * The Art. 30 record names its controller first (Art. 30(1)(a)): without the organisation's name and address there
 * is no record to hand out (REG-2).
 */
public class ControllerIdentityMissing extends RuntimeException {

    ControllerIdentityMissing() {
        super("The Art. 30 record needs the controller's name and address: fill in the organisation settings first");
    }
}
