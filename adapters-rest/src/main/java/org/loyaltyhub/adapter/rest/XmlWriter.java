package org.loyaltyhub.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the JSON tree of an answer as Capillary's XML (spec section 4): the same tree, root
 * {@code <response>}, an array repeats its parent's element name once per item
 * ({@code "coupons":{"coupon":[a,b]}} becomes {@code <coupons><coupon>a</coupon><coupon>b</coupon></coupons>}),
 * null and empty values are empty elements. Working from the JSON tree guarantees both formats carry the
 * same data; the JDK's StAX writer does the escaping, so no extra dependency is needed.
 */
public final class XmlWriter {
    // The JDK's own writer, not whichever StAX implementation is on the classpath (Woodstox comes with the XML
    // request reader): the answer's bytes, down to the quotes of the XML declaration, must not depend on it.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private XmlWriter() {
    }

    /** {@code tree} is the whole answer: an object with one field, {@code response}. */
    public static String write(JsonNode tree) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                element(xml, field.getKey(), field.getValue());
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the answer as XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, JsonNode value) throws XMLStreamException {
        if (value.isArray()) {
            if (value.isEmpty()) {
                xml.writeEmptyElement(name);
            }
            for (JsonNode item : value) {
                element(xml, name, item);
            }
            return;
        }
        if (value.isNull() || value.isMissingNode() || (value.isObject() && value.isEmpty())
                || (value.isValueNode() && value.asText().isEmpty()) || isEmptyContainer(value)) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                element(xml, field.getKey(), field.getValue());
            }
        } else if (value.isNumber() && !value.isIntegralNumber()) {
            // Decimals as written in JSON (26447.104, 11900), never in exponent form.
            xml.writeCharacters(value.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            xml.writeCharacters(xmlText(value.asText()));
        }
        xml.writeEndElement();
    }

    /**
     * XML 1.0 cannot carry NULs, most other control characters or lone surrogates, not even escaped; a value
     * holding one (an answer may echo what a client sent) gets U+FFFD in its place, so the answer stays
     * well-formed. JSON answers carry such values as they are.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code {"coupon": []}}: a container with nothing in it is one empty element, {@code <coupons/>}. */
    private static boolean isEmptyContainer(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return false;
        }
        JsonNode only = value.elements().next();
        return only.isArray() && only.isEmpty();
    }
}
