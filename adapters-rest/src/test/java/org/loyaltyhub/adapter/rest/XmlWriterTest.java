package org.loyaltyhub.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON tree of an answer written as Capillary's XML (spec section 4). */
class XmlWriterTest {
    private final ObjectMapper json = new ObjectMapper();

    private String xml(String jsonText) throws Exception {
        return XmlWriter.write(json.readTree(jsonText));
    }

    @Test
    void containersRepeatTheirSingularChild() throws Exception {
        assertThat(xml("{\"response\":{\"coupons\":{\"coupon\":[{\"code\":\"A\"},{\"code\":\"B\"}]}}}"))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><coupons>"
                        + "<coupon><code>A</code></coupon><coupon><code>B</code></coupon></coupons></response>");
    }

    @Test
    void nullsEmptyValuesEmptyListsAndEmptyContainersAreEmptyElements() throws Exception {
        assertThat(xml("{\"response\":{\"a\":null,\"b\":\"\",\"c\":[],\"d\":{\"item\":[]},\"e\":{}}}"))
                .endsWith("<response><a/><b/><c/><d/><e/></response>");
    }

    @Test
    void numbersKeepTheirPlainFormAndTextIsEscaped() throws Exception {
        assertThat(xml("{\"response\":{\"code\":200,\"points\":11900.00,\"small\":26447.104,\"name\":\"Tom & <Jerry>\"}}"))
                .contains("<code>200</code>").contains("<points>11900</points>").contains("<small>26447.104</small>")
                .contains("<name>Tom &amp; &lt;Jerry");
    }

    @Test
    void charactersXmlCannotCarryBecomeTheReplacementCharacterSoTheAnswerStaysWellFormed() throws Exception {
        String written = xml("{\"response\":{\"mobile\":\"12\\u0000ab\\u001c\\ud800\",\"emoji\":\"\\ud83d\\ude00\"}}");

        assertThat(written).contains("<mobile>12\uFFFDab\uFFFD\uFFFD</mobile>").contains("<emoji>\uD83D\uDE00</emoji>");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
