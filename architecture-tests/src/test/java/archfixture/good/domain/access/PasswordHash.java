package archfixture.good.domain.access;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Uses javax.crypto, the domain's one whitelisted package outside java.. */
public record PasswordHash(byte[] hash) {
    public static PasswordHash of(char[] password, byte[] salt) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return new PasswordHash(factory.generateSecret(new PBEKeySpec(password, salt, 1000, 256)).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
