package org.custodian.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name among the nodes that share the database, for the jobs it owns: {@code custodian.node-id}, by
 * default the host name and a random suffix, so that two processes on one host — or a node restarted with the same
 * host name — are never taken for one another.
 */
@Component
public class ThisNode {

    private static final int MAX_LENGTH = 200;

    private final String id;

    ThisNode(@Value("${custodian.node-id:}") String configured) {
        var chosen = configured == null || configured.isBlank() ? hostName() + "-" + randomSuffix() : configured.strip();
        this.id = chosen.length() > MAX_LENGTH ? chosen.substring(0, MAX_LENGTH) : chosen;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return "node";
        }
    }

    private static String randomSuffix() {
        var bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
