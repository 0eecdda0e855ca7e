package org.loyaltyhub.bootstrap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.loyaltyhub.bootstrap.fuzz.FuzzCase.Expected;

/**
 * Malformed write requests. Item-level categories send 1 to 4 items per request, each with one defect whose
 * code docs/api/writes.md gives (sections 3 and 11): the adapter's own checks (601, 602, 628, 801, 802, 701,
 * 702, 707, 1001-1003, 1007, 1015, 1042, 400) and the use cases' refusals (604, 625, 671, 686, 703, 707, 711,
 * 713, 719, 721, 722, 803, 816, 1012, 1016).
 *
 * <p>Whether data changes is part of the test, so every item is refused by construction: a defect the adapter
 * must catch sits on an otherwise valid item of a real demo customer (if the check were missing, the write would
 * happen and the database fingerprint would show it), and items that reach the use case name a customer, bill,
 * coupon or series that makes it refuse.
 */
final class WriteCases {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A write endpoint: its path, the item name under {@code root}, and its item generator. */
    record Endpoint(String path, String item, Function<WriteCases, Item> defect, Function<WriteCases, ObjectNode> valid) {
    }

    /** One generated item and the codes its entry may carry; {@code jsonOnly} when XML cannot say it. */
    record Item(JsonNode node, Set<String> codes, boolean jsonOnly) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/v1.1/customer/add", "customer", WriteCases::badAdd, WriteCases::validAdd),
            new Endpoint("/v1.1/customer/update", "customer", WriteCases::badUpdate, WriteCases::validUpdate),
            new Endpoint("/v1.1/customer/pii_delete", "customer", WriteCases::badErase, WriteCases::validErase),
            new Endpoint("/v1.1/transaction/add", "transaction", WriteCases::badTransaction, WriteCases::validBill),
            new Endpoint("/v1.1/points/redeem", "redeem", WriteCases::badRedeem, WriteCases::validRedeem),
            new Endpoint("/v1.1/coupon/issue", "coupon", WriteCases::badIssue, WriteCases::validIssue),
            new Endpoint("/v1.1/coupon/redeem", "coupon", WriteCases::badCouponRedeem, WriteCases::validCouponRedeem));

    private static final String RITA_MOBILE = "44700900999";
    private static final String MOHAN_MOBILE = "919845012345";
    private static final String MOHAN_EMAIL = "mohan.kumar@example.com";
    private static final String SARA_MOBILE = "447700900123";

    private final Junk junk;

    WriteCases(Junk junk) {
        this.junk = junk;
    }

    static List<Generators.Category> categories() {
        List<Generators.Category> list = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String name = "write." + endpoint.path().substring("/v1.1/".length()).replace('/', '.') + ".bad-items";
            list.add(new Generators.Category(name, 20, j -> new WriteCases(j).badItems(name, endpoint)));
        }
        list.add(new Generators.Category("write.malformed-json", 20, j -> new WriteCases(j).malformedJson()));
        list.add(new Generators.Category("write.malformed-xml", 16, j -> new WriteCases(j).malformedXml()));
        list.add(new Generators.Category("write.not-an-envelope", 8, j -> new WriteCases(j).notAnEnvelope()));
        list.add(new Generators.Category("write.no-items", 8, j -> new WriteCases(j).noItems()));
        list.add(new Generators.Category("write.batch-over-limit", 2, j -> new WriteCases(j).overLimit()));
        list.add(new Generators.Category("write.empty-body", 4, j -> new WriteCases(j).emptyBody()));
        list.add(new Generators.Category("write.duplicate-keys", 6, j -> new WriteCases(j).duplicateKeys()));
        return list;
    }

    // ---------------------------------------------------------------------------------------------- requests

    private FuzzCase badItems(String category, Endpoint endpoint) {
        int n = junk.between(1, 4);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(endpoint.defect().apply(this));
        }
        boolean xml = items.stream().noneMatch(item -> item.jsonOnly() || !xmlCanCarry(item.node())) && junk.chance(0.3);
        ArrayNode list = NODES.arrayNode();
        items.forEach(item -> list.add(item.node()));
        // One object item may stand alone; anything else goes in a list, or an array would be read as the list.
        JsonNode member = n == 1 && items.get(0).node().isObject() && junk.chance(0.5) ? items.get(0).node() : list;
        byte[] body = xml ? xml(endpoint.item(), member) : json(envelope(endpoint.item(), member));
        List<Set<String>> codes = items.stream().map(Item::codes).toList();
        return post(category, endpoint, body, xml, Expected.entries(codes, Set.of()));
    }

    private FuzzCase malformedJson() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        byte[] good = json(envelope(endpoint.item(), endpoint.valid().apply(this)));
        byte[] bad = switch (junk.random().nextInt(5)) {
            case 0 -> java.util.Arrays.copyOf(good, 1 + junk.random().nextInt(good.length - 1));
            case 1 -> insert(good, junk.pick(new byte[] {0}, new byte[] {1}, new byte[] {0x1b}, new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80}));
            case 2 -> concat(good, junk.pick("}", "]", "x", "{}", ",", "\"", "<root/>", "\u0000").getBytes(StandardCharsets.UTF_8));
            case 3 -> nested(junk.between(1_001, 20_000), endpoint.item());
            default -> junk.pick("{root:{}}", "{'root':{}}", "{\"root\":{\"" + endpoint.item() + "\":[{\"a\":1,}]}}",
                    "{\"root\":{\"" + endpoint.item() + "\":[{\"a\":01}]}}", "{\"root\": NaN}", "{\"root\":{}} // c",
                    "{\"root\":{\"a\":\"\\x41\"}}", "{\"root\":{\"a\":\"\\u00\"}}", "\"unterminated", "{\"root\":[}")
                    .getBytes(StandardCharsets.UTF_8);
        };
        return post("write.malformed-json", endpoint, bad, false, Expected.rejected(400, "400"), jsonType(true));
    }

    private FuzzCase malformedXml() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        byte[] good = xml(endpoint.item(), endpoint.valid().apply(this));
        byte[] bad = switch (junk.random().nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(good, 1 + junk.random().nextInt(good.length - 1));
            case 1 -> insert(good, junk.pick(new byte[] {0}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
                    new byte[] {1}, "&fuzz;".getBytes(StandardCharsets.UTF_8)));
            case 2 -> concat(junk.pick(
                    "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                    "<!DOCTYPE root SYSTEM \"http://127.0.0.1:1/evil.dtd\">",
                    "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>",
                    "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>",
                    "<!DOCTYPE root>").getBytes(StandardCharsets.UTF_8), good);
            case 3 -> junk.pick("<root><customer><mobile>1</mobil></customer></root>", "<root><a></b></root>",
                    "<root a=1/>", "<root><x>&</x></root>", "<root><x>a<b</x></root>", "<root", "<>", "</root>",
                    "<root><x>&#0;</x></root>", "<root><x>&#xFFFFFFFF;</x></root>", "<1root/>",
                    "<root><customer>\u0000</customer></root>", "<?xml version=\"9.9\"?><root/>",
                    "<?xml version=\"1.0\" encoding=\"nope\"?><root/>").getBytes(StandardCharsets.UTF_8);
            case 4 -> concat(good, junk.pick("<root/>", "<x/>", "text").getBytes(StandardCharsets.UTF_8));
            default -> {
                int depth = junk.between(1_001, 5_000);
                yield ("<root><" + endpoint.item() + ">" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</"
                        + endpoint.item() + "></root>").getBytes(StandardCharsets.UTF_8);
            }
        };
        return post("write.malformed-xml", endpoint, bad, false, Expected.rejected(400, "400"), xmlType(true));
    }

    private FuzzCase notAnEnvelope() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        String item = new String(json(endpoint.valid().apply(this)), StandardCharsets.UTF_8);
        boolean xml = junk.chance(0.25);
        byte[] body;
        if (xml) {
            body = junk.pick("<root/>", "<root></root>", "<root>text</root>", "<other/>", "<root>  </root>",
                    "<root><!-- nothing --></root>", "<?xml version=\"1.0\"?><root/>").getBytes(StandardCharsets.UTF_8);
        } else {
            String text = junk.pick("[]", "\"x\"", "1", "true", "null", "{}", "{\"root\": 1}", "{\"root\": []}",
                    "{\"root\": \"a\"}", "{\"root\": null}", "{\"ROOT\": {\"" + endpoint.item() + "\": " + item + "}}",
                    "{\"Root\": {\"" + endpoint.item() + "\": " + item + "}}",
                    "{\"data\": {\"root\": {\"" + endpoint.item() + "\": " + item + "}}}",
                    "[{\"root\": {\"" + endpoint.item() + "\": " + item + "}}]", "1e308", "\"\\u0000\"");
            body = text.getBytes(StandardCharsets.UTF_8);
            if (junk.chance(0.2)) {
                body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
            }
        }
        return post("write.not-an-envelope", endpoint, body, false, Expected.rejected(400, "400"),
                xml ? xmlType(true) : jsonType(true));
    }

    private FuzzCase noItems() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        String item = new String(json(endpoint.valid().apply(this)), StandardCharsets.UTF_8);
        String wrongName = junk.pick(endpoint.item() + "s", endpoint.item().toUpperCase(),
                endpoint.item().equals("customer") ? "transaction" : "customer", " " + endpoint.item(), "item");
        String text = junk.pick("{\"root\": {}}", "{\"root\": {\"" + endpoint.item() + "\": []}}",
                "{\"root\": {\"" + endpoint.item() + "\": null}}", "{\"root\": {\"" + endpoint.item() + "\": \"\"}}",
                "{\"root\": {\"" + endpoint.item() + "\": \"   \"}}",
                "{\"root\": {\"" + wrongName + "\": " + item + "}}");
        return post("write.no-items", endpoint, text.getBytes(StandardCharsets.UTF_8), false,
                Expected.rejected(400, "400"), jsonType(true));
    }

    /** 101 or more items that would each be written: only the batch limit stands between them and the data. */
    private FuzzCase overLimit() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        ArrayNode items = NODES.arrayNode();
        int n = junk.between(101, 180);
        for (int i = 0; i < n; i++) {
            items.add(endpoint.valid().apply(this));
        }
        boolean xml = junk.chance(0.3);
        byte[] body = xml ? xml(endpoint.item(), items) : json(envelope(endpoint.item(), items));
        return post("write.batch-over-limit", endpoint, body, xml, Expected.rejected(400, "1060"));
    }

    private FuzzCase emptyBody() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        byte[] body = junk.pick("", " ", "\r\n", "\t \n ").getBytes(StandardCharsets.UTF_8);
        List<String[]> type = junk.pick(jsonType(true), xmlType(true));
        return post("write.empty-body", endpoint, body, false, Expected.rejected(400, "400"), type);
    }

    /**
     * A member named twice in one JSON object. Not documented before the fuzz; our choice (docs/api/writes.md
     * section 2): malformed JSON, 400, because which of the two counts is up to the parser.
     */
    private FuzzCase duplicateKeys() {
        Endpoint endpoint = junk.pick(ENDPOINTS);
        String item = new String(json(endpoint.valid().apply(this)), StandardCharsets.UTF_8);
        String text = switch (junk.random().nextInt(3)) {
            case 0 -> "{\"root\": {\"" + endpoint.item() + "\": " + item + ", \"" + endpoint.item() + "\": " + item + "}}";
            case 1 -> "{\"root\": {\"" + endpoint.item() + "\": " + item + "}, \"root\": {}}";
            default -> "{\"root\": {\"" + endpoint.item() + "\": " + item.replaceFirst("\\{", "{\"fuzz\": 1, \"fuzz\": 2, ") + "}}";
        };
        return post("write.duplicate-keys", endpoint, text.getBytes(StandardCharsets.UTF_8), false,
                Expected.rejected(400, "400"), jsonType(true));
    }

    // ---------------------------------------------------------------------------------------------- items

    private Item badAdd() {
        ObjectNode c = NODES.objectNode();
        if (junk.chance(0.5)) {
            c.put("firstname", junk.text());
            c.put("lastname", junk.text());
        }
        switch (junk.random().nextInt(11)) {
            case 0 -> {
                c.put("mobile", junk.badMobile());
                maybe(c, "email", "fuzz@example.com");
                return item(c, "1001");
            }
            case 1 -> {
                c.put("email", junk.badEmail());
                return item(c, "1002");
            }
            case 2 -> {
                c.put("external_id", junk.badExternalId());
                return item(c, "1003");
            }
            case 3 -> {
                if (junk.chance(0.5)) {
                    c.put(junk.pick("mobile", "email", "external_id"), junk.pick("", " ", "\t"));
                }
                maybe(c, "user_id", "1");
                return item(c, "1007");
            }
            case 4 -> {
                c.put("mobile", junk.unknownMobile());
                c.put("type", badEnum());
                return item(c, "400");
            }
            case 5 -> {
                c.put("mobile", junk.unknownMobile());
                c.put("registered_on", junk.pick(Junk.NOT_TIMES));
                return item(c, "400");
            }
            case 6 -> {
                c.put("mobile", junk.unknownMobile());
                c.set("extended_fields", fields(junk.pick("Gender", "colour", "DOB", junk.shortText(), "")));
                return item(c, "400");
            }
            case 7 -> {
                c.put("mobile", junk.unknownMobile());
                c.set("custom_fields", fields(junk.pick("", "  ", "x".repeat(junk.between(65, 500)))));
                return item(c, "400");
            }
            case 8 -> {
                c.put("mobile", junk.unknownMobile());
                c.set("subscriptions", badSubscriptions());
                return item(c, "400");
            }
            case 9 -> {
                // Identifiers of two different customers.
                if (junk.chance(0.5)) {
                    c.put("mobile", RITA_MOBILE);
                    c.put("email", MOHAN_EMAIL);
                } else {
                    c.put("mobile", MOHAN_MOBILE);
                    c.put("external_id", "XYPZ006");
                }
                return item(c, "1016");
            }
            default -> {
                return wrongShape(c, "mobile", junk.unknownMobile(),
                        List.of("firstname", "lastname", "mobile", "custom_fields", "subscriptions", "type"));
            }
        }
    }

    private Item badUpdate() {
        ObjectNode c = NODES.objectNode();
        switch (junk.random().nextInt(10)) {
            case 0 -> {
                c.put("firstname", junk.text());
                if (junk.chance(0.5)) {
                    c.put(junk.pick("mobile", "id", "email", "external_id"), junk.pick("", " "));
                }
                return item(c, "1015");
            }
            case 1 -> {
                badRef(c);
                c.put("lastname", junk.text());
                return item(c, "1042");
            }
            case 2 -> {
                c.put("mobile", RITA_MOBILE);
                c.put(junk.pick("type", "fraud_status"), badEnum());
                return item(c, "400");
            }
            case 3 -> {
                c.put("mobile", RITA_MOBILE);
                c.set("fraud_details", NODES.objectNode().put("status", badEnum()));
                return item(c, "400");
            }
            case 4 -> {
                c.put("mobile", RITA_MOBILE);
                if (junk.chance(0.5)) {
                    c.put("email", junk.badEmail());
                    return item(c, "1002");
                }
                c.put("external_id", junk.badExternalId());
                return item(c, "1003");
            }
            case 5 -> {
                // Named by id (first in order), so the mobile sent is a change, checked as in an add.
                c.put("id", "1");
                c.put("mobile", junk.badMobile());
                return item(c, "1001");
            }
            case 6 -> {
                c.put("mobile", RITA_MOBILE);
                if (junk.chance(0.5)) {
                    c.set("extended_fields", fields(junk.pick("Gender", "colour", junk.shortText(), "")));
                } else {
                    c.set("subscriptions", badSubscriptions());
                }
                return item(c, "400");
            }
            case 7 -> {
                c.put("mobile", RITA_MOBILE);
                c.put("email", MOHAN_EMAIL);
                return item(c, "1016");
            }
            case 8 -> {
                c.put("mobile", junk.unknownMobile());
                c.put("firstname", junk.text());
                c.put("lastname", junk.text());
                c.set("custom_fields", NODES.objectNode().set("field", NODES.arrayNode()
                        .add(NODES.objectNode().put("name", "fuzz").put("value", junk.text()))));
                return item(c, "1012");
            }
            default -> {
                return wrongShape(c, "mobile", RITA_MOBILE, List.of("firstname", "mobile", "fraud_details",
                        "custom_fields", "extended_fields", "id"));
            }
        }
    }

    private Item badErase() {
        ObjectNode c = NODES.objectNode();
        switch (junk.random().nextInt(3)) {
            case 0 -> {
                if (junk.chance(0.5)) {
                    c.put(junk.pick("mobile", "id", "email", "external_id"), junk.pick("", " "));
                }
                c.put("firstname", junk.text());
                return item(c, "1015");
            }
            case 1 -> {
                badRef(c);
                return item(c, "1042");
            }
            default -> {
                unknownRef(c);
                return item(c, "1012");
            }
        }
    }

    private Item badTransaction() {
        ObjectNode t = validBill();
        switch (junk.random().nextInt(16)) {
            case 0 -> {
                if (junk.chance(0.5)) {
                    t.remove("number");
                } else {
                    t.put("number", junk.pick("", " ", "\t"));
                }
                return item(t, "602");
            }
            case 1 -> {
                t.put("amount", junk.badAmount());
                return item(t, "601");
            }
            case 2 -> {
                t.remove("amount");
                maybe(t, "type", junk.pick("REGULAR", "not_interested"));
                return item(t, "601");
            }
            case 3 -> {
                t.put("type", badEnum());
                return item(t, "400");
            }
            case 4 -> {
                t.put("billing_time", junk.pick(Junk.NOT_TIMES));
                return item(t, "400");
            }
            case 5 -> {
                t.put("type", "RETURN");
                t.put("return_type", badEnum());
                return item(t, "628");
            }
            case 6 -> {
                t.set("customer", badRef(NODES.objectNode()));
                return item(t, "1042");
            }
            case 7 -> {
                t.put("program_id", junk.pick(Junk.NOT_POSITIVE));
                return item(t, "400");
            }
            case 8 -> {
                ObjectNode line = NODES.objectNode().put("item_code", "SKU-1");
                if (junk.chance(0.7)) {
                    line.put(junk.pick("amount", "value", "rate", "discount", "qty"), junk.badAmount());
                }
                t.set("line_items", NODES.objectNode().set("line_item", NODES.arrayNode().add(line)));
                return item(t, "400");
            }
            case 9 -> {
                ObjectNode payment = NODES.objectNode().put("mode", "CASH");
                if (junk.chance(0.8)) {
                    payment.put("value", junk.badAmount());
                }
                if (junk.chance(0.5)) {
                    t.set("tenders", NODES.objectNode().set("tender", NODES.arrayNode().add(payment)));
                } else {
                    t.set("payment_details", NODES.objectNode().set("payment", NODES.arrayNode().add(payment)));
                }
                return item(t, "400");
            }
            case 10 -> {
                // Rita's bill B-2588 at the caller's store is already recorded: a retry.
                t.put("number", "B-2588");
                return item(t, "604");
            }
            case 11 -> {
                t.put("store_code", "FUZZ-" + junk.pick(Junk.INJECTIONS).replace(" ", "_"));
                return item(t, "671");
            }
            case 12 -> {
                t.put("program_id", String.valueOf(junk.between(3, 999_999)));
                return item(t, "400");
            }
            case 13 -> {
                t.put("type", "RETURN");
                t.put("number", "NOPE-" + junk.between(1, 999_999));
                return item(t, "625");
            }
            case 14 -> {
                t.set("customer", unknownRef(NODES.objectNode()));
                t.put("number", nonBlank(junk.text()));
                return item(t, "1012");
            }
            default -> {
                return wrongShape(t, null, null, List.of("amount", "number", "customer", "line_items", "type"));
            }
        }
    }

    private Item badRedeem() {
        ObjectNode r = validRedeem();
        switch (junk.random().nextInt(9)) {
            case 0 -> {
                if (junk.chance(0.2)) {
                    r.remove("points_redeemed");
                } else {
                    r.put("points_redeemed", junk.pick(junk.badAmount(), "0", "0.00", "-0", ""));
                }
                return item(r, "801");
            }
            case 1 -> {
                r.put("points_redeemed", junk.pick("1000000", "99999.5", "2845.46", "1e15"));
                return item(r, "803");
            }
            case 2 -> {
                if (junk.chance(0.3)) {
                    r.remove("customer");
                } else {
                    r.set("customer", junk.chance(0.5) ? badRef(NODES.objectNode()) : NODES.objectNode().put("mobile", ""));
                }
                return item(r, "802");
            }
            case 3 -> {
                r.put("program_id", junk.chance(0.5) ? junk.pick(Junk.NOT_POSITIVE) : String.valueOf(junk.between(3, 99_999)));
                return item(r, "400");
            }
            case 4 -> {
                r.put("redemption_time", junk.pick(Junk.NOT_TIMES));
                return item(r, "400");
            }
            case 5 -> {
                r.set("customer", unknownRef(NODES.objectNode()));
                return item(r, "816");
            }
            case 6 -> {
                r.set("customer", NODES.objectNode().put("mobile", SARA_MOBILE));
                return item(r, "686");
            }
            case 7 -> {
                r.put("transaction_number", junk.text());
                r.put("points_redeemed", junk.pick(Junk.NEGATIVES));
                return item(r, "801");
            }
            default -> {
                return wrongShape(r, null, null, List.of("points_redeemed", "customer", "program_id"));
            }
        }
    }

    private Item badIssue() {
        ObjectNode c = validIssue();
        switch (junk.random().nextInt(7)) {
            case 0 -> {
                if (junk.chance(0.2)) {
                    c.remove("series_id");
                } else {
                    c.put("series_id", junk.pick(junk.pick(Junk.NOT_POSITIVE), "", "7001.0", "70 01", "' OR 1=1 --"));
                }
                return item(c, "707");
            }
            case 1 -> {
                if (junk.chance(0.3)) {
                    c.remove("customer");
                } else {
                    c.set("customer", badRef(NODES.objectNode()));
                }
                return item(c, "701");
            }
            case 2 -> {
                c.put("series_id", String.valueOf(junk.between(8_000, 99_999_999)));
                return item(c, "707");
            }
            case 3 -> {
                c.set("customer", NODES.objectNode().put("mobile", SARA_MOBILE));
                return item(c, "721");
            }
            case 4 -> {
                c.set("customer", unknownRef(NODES.objectNode()));
                return item(c, "701");
            }
            case 5 -> {
                // Rita holds the one coupon of series 7002 a customer may have.
                c.put("series_id", "7002");
                return item(c, "722");
            }
            default -> {
                return wrongShape(c, null, null, List.of("series_id", "customer"));
            }
        }
    }

    private Item badCouponRedeem() {
        ObjectNode c = validCouponRedeem();
        switch (junk.random().nextInt(8)) {
            case 0 -> {
                if (junk.chance(0.3)) {
                    c.remove("code");
                } else {
                    c.put("code", junk.pick("", " ", "\t"));
                }
                return item(c, "702");
            }
            case 1 -> {
                ((ObjectNode) c.get("transaction")).put("amount", junk.chance(0.5) ? junk.pick(Junk.NEGATIVES)
                        : junk.chance(0.5) ? junk.pick(Junk.NOT_NUMBERS) : junk.pick(Junk.HUGE));
                return item(c, "400");
            }
            case 2 -> {
                if (junk.chance(0.3)) {
                    c.remove("customer");
                } else {
                    c.set("customer", badRef(NODES.objectNode()));
                }
                return item(c, "701");
            }
            case 3 -> {
                c.put("code", nonBlank(junk.text()));
                c.set("customer", NODES.objectNode().put("mobile", RITA_MOBILE));
                return item(c, "719");
            }
            case 4 -> {
                boolean used = junk.chance(0.5);
                c.put("code", used ? "DEMO10-RJ01" : "DEMO10-RJ02");
                c.set("customer", NODES.objectNode().put("mobile", RITA_MOBILE));
                return item(c, used ? "711" : "713");
            }
            case 5 -> {
                // Rita's coupon, presented for Mohan.
                c.put("code", "COFFEE-RJ03");
                c.set("customer", NODES.objectNode().put("mobile", MOHAN_MOBILE));
                return item(c, "703");
            }
            case 6 -> {
                c.put("redemption_time", junk.pick(Junk.NOT_TIMES));
                return item(c, "400");
            }
            default -> {
                c.set("customer", unknownRef(NODES.objectNode()));
                return new Item(c, Set.of("701", "719"), false);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- valid items

    /** A new customer: registering it would change the data. */
    private ObjectNode validAdd() {
        return NODES.objectNode().put("mobile", junk.unknownMobile()).put("firstname", "Fuzz").put("lastname", "Case");
    }

    private ObjectNode validUpdate() {
        return NODES.objectNode().put("mobile", RITA_MOBILE).put("lastname", "Fuzzed");
    }

    private ObjectNode validErase() {
        return NODES.objectNode().put("mobile", junk.pick(RITA_MOBILE, MOHAN_MOBILE));
    }

    /** A new bill for Rita: recording it would change the data. */
    private ObjectNode validBill() {
        return NODES.objectNode().put("number", "FUZZ-" + junk.between(1, 99_999_999)).put("amount", "100")
                .set("customer", NODES.objectNode().put("mobile", RITA_MOBILE));
    }

    private ObjectNode validRedeem() {
        return NODES.objectNode().put("points_redeemed", "1")
                .set("customer", NODES.objectNode().put("mobile", RITA_MOBILE));
    }

    private ObjectNode validIssue() {
        return NODES.objectNode().put("series_id", "7001")
                .set("customer", NODES.objectNode().put("mobile", RITA_MOBILE));
    }

    /** An unknown code, so even this "valid" item is refused (719) if its defect goes unnoticed. */
    private ObjectNode validCouponRedeem() {
        ObjectNode c = NODES.objectNode().put("code", "FUZZ-CODE-" + junk.between(1, 999_999));
        c.set("customer", NODES.objectNode().put("mobile", RITA_MOBILE));
        c.set("transaction", NODES.objectNode().put("number", "FUZZ-C" + junk.between(1, 999_999)).put("amount", "50"));
        return c;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Item item(JsonNode node, String code) {
        return new Item(node, Set.of(code), false);
    }

    /**
     * A field whose value has a shape no record field takes (an array, an object), or an item that is not an
     * object at all: the entry fails alone with 400. JSON only: XML has no arrays or numbers.
     */
    private Item wrongShape(ObjectNode base, String idField, String idValue, List<String> fields) {
        if (junk.chance(0.25)) {
            JsonNode notAnObject = junk.pick(List.<JsonNode>of(NODES.textNode("x"), NODES.numberNode(1),
                    NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode().add(base.deepCopy()),
                    NODES.numberNode(1e308), NODES.textNode(junk.text())));
            return new Item(notAnObject, Set.of("400"), true);
        }
        if (idField != null) {
            base.put(idField, idValue);
        }
        String field = junk.pick(fields);
        JsonNode value = junk.chance(0.5)
                ? NODES.arrayNode().add("1").add(NODES.objectNode().put("a", "b"))
                : NODES.objectNode().set("nested", NODES.objectNode().put("deeper", junk.text()));
        if (field.equals("customer")) {
            value = junk.pick(List.<JsonNode>of(NODES.textNode("44700900999"), NODES.numberNode(44700900999L),
                    NODES.arrayNode().add(NODES.objectNode().put("mobile", "1")).add(NODES.objectNode().put("mobile", "2")),
                    NODES.booleanNode(true)));
        }
        if (field.equals("custom_fields") || field.equals("extended_fields") || field.equals("line_items")
                || field.equals("subscriptions") || field.equals("fraud_details")) {
            value = junk.pick(List.<JsonNode>of(NODES.textNode("x"), NODES.numberNode(5), NODES.booleanNode(false),
                    NODES.arrayNode().add(NODES.arrayNode().add("x"))));
        }
        base.set(field, value);
        return new Item(base, Set.of("400"), true);
    }

    /** An enum value no enum of the API has, in any case. */
    private String badEnum() {
        String value = junk.pick(junk.shortText(), "LOYALTY2", "gold", "REGULAR ALL", "1", "0", "NONE!", "FULL;",
                "'; DROP TABLE customer; --", "nonloyalty", "\u0000", "RETURNS");
        return value.trim().isEmpty() ? "nope" : value;
    }

    private ObjectNode fields(String name) {
        ObjectNode field = NODES.objectNode();
        if (!name.isEmpty() || junk.chance(0.5)) {
            field.put("name", name.isEmpty() ? " " : name);
        }
        field.put("value", junk.text());
        return NODES.objectNode().set("field", NODES.arrayNode().add(field));
    }

    private ObjectNode badSubscriptions() {
        ObjectNode s = NODES.objectNode();
        String type = junk.pick("SMS", "EMAIL", badEnum(), null);
        String priority = junk.pick("TRANS", "BULK", badEnum(), null);
        String subscribed = junk.pick("1", "0", "yes", "2", null);
        if ("SMS EMAIL".contains(String.valueOf(type)) && "TRANS BULK".contains(String.valueOf(priority))
                && subscribed != null && !subscribed.equals("yes") && !subscribed.equals("2")) {
            subscribed = "maybe";
        }
        if (type != null) {
            s.put("type", type);
        }
        if (priority != null) {
            s.put("priority", priority);
        }
        if (subscribed != null) {
            s.put("is_subscribed", subscribed);
        }
        return NODES.objectNode().set("subscription", NODES.arrayNode().add(s));
    }

    /** The first identifier given is malformed for its type. */
    private ObjectNode badRef(ObjectNode c) {
        switch (junk.random().nextInt(4)) {
            case 0 -> c.put(junk.pick("id", "user_id"), junk.pick("abc", "0", "-5", "1.0", "99999999999999999999",
                    "' OR 1=1 --", "1 OR 1=1", "00"));
            case 1 -> c.put("mobile", junk.badMobile());
            case 2 -> c.put("email", junk.badEmail());
            default -> c.put("external_id", junk.badExternalId());
        }
        if (junk.chance(0.3) && !c.has("external_id")) {
            c.put("external_id", "XYPZ006");
        }
        return c;
    }

    private ObjectNode unknownRef(ObjectNode c) {
        switch (junk.random().nextInt(4)) {
            case 0 -> c.put("mobile", junk.unknownMobile());
            case 1 -> c.put("email", "fuzz" + junk.between(1, 99_999) + "@example.invalid");
            case 2 -> c.put("id", String.valueOf(junk.between(1_000_000, 999_999_999)));
            default -> c.put("external_id", "FUZZ-" + junk.between(1, 99_999));
        }
        return c;
    }

    private void maybe(ObjectNode node, String field, String value) {
        if (junk.chance(0.5)) {
            node.put(field, value);
        }
    }

    private String nonBlank(String value) {
        return value.trim().isEmpty() ? "FUZZ" + value : value;
    }

    private static ObjectNode envelope(String item, JsonNode member) {
        return NODES.objectNode().set("root", NODES.objectNode().set(item, member));
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <root><item>...</item>...</root>}: a list repeats the element, as Capillary's XML does. */
    static byte[] xml(String itemName, JsonNode member) {
        StringBuilder out = new StringBuilder("<root>");
        element(out, itemName, member);
        out.append("</root>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder out, String name, JsonNode value) {
        if (value.isArray()) {
            value.forEach(v -> element(out, name, v));
            return;
        }
        out.append('<').append(name).append('>');
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                element(out, field.getKey(), field.getValue());
            }
        } else if (!value.isNull()) {
            out.append(escapeXml(value.asText()));
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Escapes markup; characters XML 1.0 cannot carry at all (controls, lone surrogates) are dropped, since a
     * well-formed body cannot hold them and these bodies are meant to be well-formed.
     */
    private static String escapeXml(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether every text in the item survives XML unchanged: XML 1.0 has no NULs or other control characters. */
    private static boolean xmlCanCarry(JsonNode node) {
        if (node.isObject() && node.isEmpty()) {
            // <customer></customer> reads as empty text, not as an object without fields.
            return false;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (!xmlCanCarry(child)) {
                    return false;
                }
            }
            return true;
        }
        return escapeXml(node.asText()).equals(node.asText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    private byte[] insert(byte[] body, byte[] bad) {
        int at = junk.random().nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(bad);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code {"root":{"<item>":[[[[...}} nested deeper than any parser should follow. */
    private static byte[] nested(int depth, String item) {
        StringBuilder s = new StringBuilder("{\"root\":{\"" + item + "\":");
        s.append("[".repeat(depth)).append("]".repeat(depth)).append("}}");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String[]> jsonType(boolean mayOmit) {
        if (mayOmit && junk.chance(0.2)) {
            return List.of();
        }
        return List.<String[]>of(new String[] {"Content-Type", junk.pick("application/json", "application/json; charset=UTF-8",
                "Application/JSON", "application/json;charset=utf-8")});
    }

    private List<String[]> xmlType(boolean mayOmit) {
        if (mayOmit && junk.chance(0.2)) {
            return List.of();
        }
        return List.<String[]>of(new String[] {"Content-Type", junk.pick("application/xml", "text/xml",
                "application/xml; charset=UTF-8", "APPLICATION/XML")});
    }

    private FuzzCase post(String category, Endpoint endpoint, byte[] body, boolean xmlBody, Expected expected) {
        return post(category, endpoint, body, xmlBody, expected, xmlBody ? xmlType(false) : jsonType(false));
    }

    private FuzzCase post(String category, Endpoint endpoint, byte[] body, boolean xmlBody, Expected expected,
                          List<String[]> contentType) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Authorization", Generators.AUTH});
        headers.addAll(contentType);
        boolean xmlAnswer = junk.chance(0.2);
        String target = endpoint.path();
        if (xmlAnswer && junk.chance(0.5)) {
            target += "?format=xml";
        } else if (xmlAnswer) {
            headers.add(new String[] {"Accept", "application/xml"});
        }
        return new FuzzCase(category, "POST", target, headers, body, false, xmlAnswer, expected);
    }

    /** For other generators: a body every one of whose items would be written if nothing stopped it. */
    static byte[] validBody(Junk junk, Endpoint endpoint) {
        return json(envelope(endpoint.item(), endpoint.valid().apply(new WriteCases(junk))));
    }
}
