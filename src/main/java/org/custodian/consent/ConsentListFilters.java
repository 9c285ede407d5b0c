package org.custodian.consent;

import org.custodian.contacts.PersonFilterContribution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consent filters of the persons list, one per channel (CON-1).
 */
@Configuration(proxyBeanMethods = false)
class ConsentListFilters {

    @Bean
    PersonFilterContribution emailConsentFilter() {
        return new ConsentListFilter(Channel.EMAIL);
    }

    @Bean
    PersonFilterContribution smsConsentFilter() {
        return new ConsentListFilter(Channel.SMS);
    }

    @Bean
    PersonFilterContribution phoneConsentFilter() {
        return new ConsentListFilter(Channel.PHONE);
    }

    @Bean
    PersonFilterContribution postConsentFilter() {
        return new ConsentListFilter(Channel.POST);
    }
}
