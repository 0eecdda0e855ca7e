package org.loyaltyhub.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveDataMaskerTest {
    @Test
    void emailAddressesAreMasked() {
        assertThat(SensitiveDataMasker.mask("no customer with email rita.john@example.com in org 1"))
                .isEqualTo("no customer with email *** in org 1");
        assertThat(SensitiveDataMasker.mask("GET /v1.1/customer/get?email=rita.john%40example.co.uk&mlp=true"))
                .isEqualTo("GET /v1.1/customer/get?email=***&mlp=true");
    }

    @Test
    void mobileNumbersAreMaskedWhereverTheyAreQuoted() {
        assertThat(SensitiveDataMasker.mask("Duplicate entry '447700900999' for key 'uq_customer_org_mobile'"))
                .isEqualTo("Duplicate entry '***' for key 'uq_customer_org_mobile'");
        assertThat(SensitiveDataMasker.mask("mobile=447700900999,0000000000&x=1"))
                .isEqualTo("mobile=***,***&x=1");
        assertThat(SensitiveDataMasker.mask("mobile=+447700900999 or %2B447700900999."))
                .isEqualTo("mobile=*** or ***.");
        assertThat(SensitiveDataMasker.mask("{\"mobile\":\"44700900999\"}")).isEqualTo("{\"mobile\":\"***\"}");
    }

    @Test
    void passwordsAndCredentialsAreMasked() {
        assertThat(SensitiveDataMasker.mask("Authorization: Basic ZGVtby50aWxsOjYyY2M=, next"))
                .isEqualTo("Authorization: ***, next");
        assertThat(SensitiveDataMasker.mask("header was Basic ZGVtby50aWxsOjYyY2M= then"))
                .isEqualTo("header was Basic *** then");
        assertThat(SensitiveDataMasker.mask("headers {Authorization=[Basic ZGVtby50aWxsOjYyY2M=], Accept=[*/*]}"))
                .isEqualTo("headers {Authorization=[***], Accept=[*/*]}");
        assertThat(SensitiveDataMasker.mask("{\"password\": \"demo123\", \"user\": \"demo.till\"}"))
                .isEqualTo("{\"password\": \"***\", \"user\": \"demo.till\"}");
        assertThat(SensitiveDataMasker.mask("jdbc:mysql://db/loyalty?user=app&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:mysql://db/loyalty?user=app&password=***&ssl=true");
        assertThat(SensitiveDataMasker.mask("dataSourcePassword=hunter2 secret: xyz"))
                .isEqualTo("dataSourcePassword=*** secret: ***");
    }

    @Test
    void idsCodesAmountsDatesAndRequestIdsStayReadable() {
        String line = "2026-11-26 03:04:05.123 INFO  [default-nioEventLoopGroup-1-2] loyaltyhub.requests - "
                + "request_id=12345678-1234-4234-8234-123456789012 method=POST path=/v1.1/transaction/add status=200 "
                + "duration_ms=12 user=demo.till customer 1234567 bill B-2588 amount 35304.50 coupon COFFEE-RJ03 "
                + "item code 1000 amount 12345678.90 build 1.20261126";
        assertThat(SensitiveDataMasker.mask(line)).isEqualTo(line);
    }

    @Test
    void everyKeySpellingIsFoundByTheQuickScanBeforeThePatterns() {
        assertThat(SensitiveDataMasker.mask("PWD=abc Passwd: def TOKEN=ghi")).isEqualTo("PWD=*** Passwd: *** TOKEN=***");
        assertThat(SensitiveDataMasker.mask("x-authorization=Bearer abcdefghij end"))
                .isEqualTo("x-authorization=*** end");
        // The scan counts digits in a row: seven are left, eight are a number to hide, wherever the run starts.
        assertThat(SensitiveDataMasker.mask("took 1234567 us")).isEqualTo("took 1234567 us");
        assertThat(SensitiveDataMasker.mask("9 12345678")).isEqualTo("9 ***");
    }

    @Test
    void emptyAndMissingLinesPassThrough() {
        assertThat(SensitiveDataMasker.mask("")).isEmpty();
        assertThat(SensitiveDataMasker.mask(null)).isNull();
    }
}
