package org.custodian.campaigns;

import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.Executor;

import org.custodian.audit.AuditLog;
import org.custodian.mail.Mailer;
import org.custodian.prospecting.CampaignEligibility;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.KeyFiles;
import org.custodian.shared.PublicAddress;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender and its click links, whose key lives outside the database like the other keys: configured, or generated
 * once into a file readable by its owner only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CampaignSendingProperties.class)
class CampaignSendingConfiguration {

    private static final int KEY_BYTES = 32;

    @Bean
    ClickLinks clickLinks(CampaignSendingProperties properties) {
        return new ClickLinks(linkKey(properties));
    }

    @Bean
    CampaignSender campaignSender(CampaignSendings sendings, CampaignRepository campaigns,
            CampaignMessageComposer composer, CampaignMessages messages, RecipientDetails details,
            CampaignEligibility eligibility, UnsubscribeLinks unsubscribeLinks, ClickLinks clicks, Mailer mailer,
            PublicAddress publicAddress, AuditLog audit, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") Executor executor, CampaignSendingProperties properties,
            Clock clock) {
        return new CampaignSender(sendings, campaigns, composer, messages, details, eligibility, unsubscribeLinks,
                new CampaignMessageWriter(clicks), mailer, publicAddress, audit, transactions, executor, properties,
                clock);
    }

    static byte[] linkKey(CampaignSendingProperties properties) {
        var configured = properties.linkKey() != null && !properties.linkKey().isBlank();
        var text = configured ? properties.linkKey() : KeyFiles.readOrCreate(properties.linkKeyFile(), KEY_BYTES);
        var origin = configured ? "custodian.campaigns.link-key (CUSTODIAN_CAMPAIGN_LINK_KEY)"
                : "the key file " + properties.linkKeyFile().toAbsolutePath();
        if (!configured) {
            LoggerFactory.getLogger(CampaignSendingConfiguration.class).warn("The key of campaign click links is read "
                    + "from {}. In production set CUSTODIAN_CAMPAIGN_LINK_KEY (openssl rand -base64 32, the same on "
                    + "every node): a link whose key changed no longer redirects.", origin);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + " is not Base64: generate one with openssl rand -base64 32", e);
        }
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException(origin + " must hold at least " + KEY_BYTES + " bytes");
        }
        return key;
    }
}
