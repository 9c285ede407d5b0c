package org.custodian.shared.web;

import java.io.IOException;
import java.lang.reflect.Type;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A JSON request body read before any handler sees it, inspected by a guard that throws to refuse it, then handed on
 * unchanged to the message converter. A body that is not JSON after all is left to the converter, which reports it
 * the usual way.
 */
abstract class InspectedJsonBody extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var contentType = input.getHeaders().getContentType();
        if (contentType == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || contentType.getSubtype().endsWith("+json"))) {
            return input;
        }
        var body = input.getBody().readAllBytes();
        if (body.length > 0) {
            JsonNode tree;
            try {
                tree = JsonMapper.shared().readTree(body);
            } catch (JacksonException malformed) {
                return new ReadBody(body, input.getHeaders());
            }
            inspect(tree);
        }
        return new ReadBody(body, input.getHeaders());
    }

    /** Throws the guard's refusal when the body breaks its rule. */
    abstract void inspect(JsonNode body);
}
