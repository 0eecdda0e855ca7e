package org.loyaltyhub.bootstrap.ops;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's pattern layout with {@link SensitiveDataMasker} applied to the finished line, stack trace
 * included: the one place every log line passes, so an e-mail or mobile number quoted in any exception
 * message, SQL error or framework warning is masked before it is written. Used by {@code logback.xml}.
 */
public class MaskingPatternLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return SensitiveDataMasker.mask(super.doLayout(event));
    }
}
