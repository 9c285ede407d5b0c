package org.custodian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Custodian: a customer and prospect file that enforces the GDPR and the CNIL standards.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class CustodianApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustodianApplication.class, args);
    }
}
