package org.custodian.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;

/**
 * A JSON request body read once to find the properties an API does not know (a misspelt
 * {@code lastname} must be refused, not silently dropped), then handed on unchanged to the converter.
 *
 * @param body              the body, to return from {@code RequestBodyAdvice.beforeBodyRead}
 * @param unknownProperties top-level property names outside the known ones; empty when all are known or
 *                          when the body is not a JSON object (the converter reports malformed JSON)
 */
public record CheckedJsonBody(ReadBody body, List<String> unknownProperties) {

    public static CheckedJsonBody read(HttpInputMessage input, Collection<String> known) throws IOException {
        var bytes = input.getBody().readAllBytes();
        List<String> unknown = List.of();
        try {
            var root = JsonMapper.shared().readTree(bytes);
            if (root != null && root.isObject()) {
                unknown = root.propertyNames().stream().filter(name -> !known.contains(name)).toList();
            }
        } catch (JacksonException malformed) {
            // Left to the message converter, which answers with its own 400.
        }
        return new CheckedJsonBody(new ReadBody(bytes, input.getHeaders()), unknown);
    }
}
