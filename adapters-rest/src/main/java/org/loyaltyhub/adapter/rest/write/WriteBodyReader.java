package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a write request's body, JSON or XML, into one Jackson tree, so every endpoint sees the same
 * structure whichever format the client sent: {@code {"root":{"customer":[...]}}} and
 * {@code <root><customer>...</customer></root>} both give the {@code root} object with a {@code customer}
 * member. A member may hold one item or a list of them; Capillary clients send both.
 *
 * <p>XML is read by jackson-dataformat-xml (repeated elements become a list) on a StAX factory with DTDs
 * and external entities switched off, so a body cannot make the server read files, call out, or expand
 * entities. Items are then bound to records by a mapper of its own that forgives what XML cannot express
 * (one element where a list is meant, an empty element where an object is meant).
 */
@Singleton
public final class WriteBodyReader {
    private static final MediaType TEXT_XML = MediaType.of("text/xml");

    // A member named twice is refused rather than left to the parser (which would keep the last): a client and
    // a proxy in front of us could otherwise read one body as two different requests.
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final XMLInputFactory xmlInput = safeXmlInput();
    private final XmlMapper xml = new XmlMapper(new XmlFactory(xmlInput));
    private final ObjectMapper items = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The {@code root} object of the body. */
    public JsonNode rootOf(HttpRequest<?> request, byte[] body) {
        if (body == null || isBlank(body)) {
            throw RequestRejected.invalid("The request has no body: send {\"root\": {...}} as JSON or "
                    + "<root>...</root> as XML");
        }
        return isXml(request.getContentType(), body) ? xmlRoot(body) : jsonRoot(body);
    }

    /**
     * The items under {@code root.<name>}: one object or a list of objects, at most {@code limit}.
     */
    public List<JsonNode> items(JsonNode root, String name, int limit) {
        JsonNode member = root.get(name);
        if (member == null || member.isNull() || (member.isValueNode() && member.asText().isBlank())) {
            throw RequestRejected.invalid("root." + name + " is missing: send at least one " + name);
        }
        List<JsonNode> items = new ArrayList<>();
        if (member.isArray()) {
            member.forEach(items::add);
        } else {
            items.add(member);
        }
        if (items.isEmpty()) {
            throw RequestRejected.invalid("root." + name + " is empty: send at least one " + name);
        }
        if (items.size() > limit) {
            throw new RequestRejected("1060", "Batch limit exceeded: " + items.size() + " items in root." + name
                    + ", at most " + limit + " per request");
        }
        return items;
    }

    /** One item as a record; an item of the wrong shape fails alone, naming the field. */
    public <T> T bind(JsonNode item, Class<T> type, String itemName) {
        if (!item.isObject()) {
            throw ItemFailure.invalid(itemName + " must be an object with fields, got "
                    + item.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        try {
            return items.treeToValue(item, type);
        } catch (JsonMappingException wrongShape) {
            throw ItemFailure.invalid(itemName + "." + pathOf(wrongShape) + " has the wrong shape: expected "
                    + expected(wrongShape));
        } catch (JsonProcessingException unreadable) {
            throw ItemFailure.invalid(itemName + " cannot be read: " + readable(unreadable.getOriginalMessage()));
        }
    }

    private JsonNode jsonRoot(byte[] body) {
        refuseNonUtf8(body);
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw RequestRejected.invalid("Malformed JSON" + where(malformed) + ": " + readable(malformed.getOriginalMessage()));
        } catch (IOException unreadable) {
            throw RequestRejected.invalid("Malformed JSON: " + unreadable.getMessage());
        }
        JsonNode root = tree == null ? null : tree.get("root");
        if (root == null || !root.isObject()) {
            throw RequestRejected.invalid("The JSON body must be an object with a root object: {\"root\": {...}}");
        }
        return root;
    }

    /**
     * JSON is UTF-8 (RFC 8259), checked before parsing: Jackson itself reads a member name with a stray 0xFF byte
     * ({@code "numb\u00ffer"} sent as raw bytes) as a name it has seen before ({@code "number"}), so a body a
     * proxy in front of us rejects as malformed would be stored here (found by the fuzz test).
     */
    private static void refuseNonUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw RequestRejected.invalid("Malformed JSON: the body is not valid UTF-8");
        }
    }

    private JsonNode xmlRoot(byte[] body) {
        JsonNode tree;
        try {
            XMLStreamReader reader = xmlInput.createXMLStreamReader(new ByteArrayInputStream(body));
            skipPrologRefusingDtds(reader);
            tree = xml.readTree(xml.getFactory().createParser(reader));
            refuseContentAfterTheRoot(reader);
        } catch (XMLStreamException malformed) {
            throw RequestRejected.invalid("Malformed XML" + where(malformed.getLocation()) + ": "
                    + firstLine(malformed.getMessage()));
        } catch (JsonProcessingException malformed) {
            throw RequestRejected.invalid("Malformed XML" + where(malformed) + ": "
                    + readable(malformed.getOriginalMessage()));
        } catch (IOException unreadable) {
            throw RequestRejected.invalid("Malformed XML: " + firstLine(unreadable.getMessage()));
        }
        // <root/> or <root></root> reads as empty text: a root with nothing in it.
        return tree != null && tree.isObject() ? tree : JsonNodeFactory.instance.objectNode();
    }

    /**
     * Moves to the root element. A document type declaration is refused outright rather than ignored: no
     * client needs one, and it is how entity attacks begin.
     */
    private static void skipPrologRefusingDtds(XMLStreamReader reader) throws XMLStreamException {
        while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (reader.getEventType() == XMLStreamConstants.DTD) {
                throw RequestRejected.invalid("XML with a document type declaration (<!DOCTYPE ...>) is not "
                        + "accepted");
            }
            if (!reader.hasNext()) {
                throw RequestRejected.invalid("Malformed XML: the document has no root element");
            }
            reader.next();
        }
    }

    /**
     * The parser stops at the root's end tag; what follows may only be comments, processing instructions and
     * white space. A second element or text there is malformed XML, as trailing content is malformed JSON:
     * otherwise {@code <root>...</root><x/>} would be read as if it ended at {@code </root>}.
     */
    private static void refuseContentAfterTheRoot(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT
                    || (event == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace())) {
                throw RequestRejected.invalid("Malformed XML" + where(reader.getLocation())
                        + ": content after the end of the root element");
            }
        }
    }

    /**
     * XML when the content type says so; JSON when it says so; without a content type, XML when the body
     * starts with {@code <}. Other content types never get here: the routes consume only these.
     */
    private static boolean isXml(Optional<MediaType> contentType, byte[] body) {
        if (contentType.isPresent()) {
            MediaType type = contentType.get();
            String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
            return subtype.equals("xml") || subtype.endsWith("+xml") || type.matches(TEXT_XML);
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static XMLInputFactory safeXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /**
     * The parser's message without the parts about our code: Jackson names the Java type it was building and
     * the feature that refused ({@code (bound as `com.fasterxml...JsonNode`)}), which tells a client nothing.
     */
    static String readable(String message) {
        return firstLine(message)
                .replaceAll(" \\(bound as `[^`]*`\\)", "")
                .replaceAll(":? not allowed as per `[^`]*`", "")
                .replaceAll("`[a-zA-Z_$][\\w$]*(\\.[\\w$]+)+`", "the value")
                .trim();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(item)" : path.toString();
    }

    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType() : null;
        if (target == null) {
            return "another kind of value";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a text value";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
